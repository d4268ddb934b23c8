using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule119Tests
{
    private static readonly Rule119 Rule = new();

    [Fact]
    public void A_date_ceased_without_a_reason_and_a_reason_without_a_date_are_each_flagged_on_the_blank_field()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlacedCeased: "01/10/2024", reasonPlacedCeased: null)
            .PlacedForAdoption(child: "C2", datePlacedCeased: null, reasonPlacedCeased: "RD3");
        Assert.Equal(["placed_for_adoption:2:REASON_PLACED_CEASED", "placed_for_adoption:3:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("01/10/2024", "RD1")]
    [InlineData("not a date", "RD1")] // both given: the date's format is rule 116's
    public void Both_or_neither_is_not_flagged(string? ceased, string? reason) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlacedCeased: ceased, reasonPlacedCeased: reason).Found(Rule));
}
