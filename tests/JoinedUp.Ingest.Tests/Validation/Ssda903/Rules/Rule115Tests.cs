using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule115Tests
{
    private static readonly Rule115 Rule = new();

    [Fact]
    public void A_date_placed_that_is_not_a_date_is_flagged_on_its_row()
    {
        var submission = new TestReturn().PlacedForAdoption().PlacedForAdoption(child: "C2", datePlaced: "01/13/2024");
        Assert.Equal(["placed_for_adoption:3:DATE_PLACED"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("01/04/2024")]
    public void A_blank_or_valid_date_is_not_flagged(string? datePlaced) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlaced: datePlaced).Found(Rule));
}
