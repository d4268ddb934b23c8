using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule116Tests
{
    private static readonly Rule116 Rule = new();

    [Fact]
    public void A_date_placed_ceased_that_is_not_a_date_is_flagged_on_its_row()
    {
        var submission = new TestReturn().PlacedForAdoption(datePlacedCeased: "soon", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("31/03/2025")]
    public void A_blank_or_valid_date_is_not_flagged(string? ceased) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlacedCeased: ceased, reasonPlacedCeased: ceased is null ? null : "RD1").Found(Rule));
}
