using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule120Tests
{
    private static readonly Rule120 Rule = new();

    [Theory]
    [InlineData("RD5")]
    [InlineData("rd1")]
    [InlineData("RD")]
    public void A_reason_not_on_the_list_is_flagged(string reason) =>
        Assert.Equal(["placed_for_adoption:2:REASON_PLACED_CEASED"],
            new TestReturn().PlacedForAdoption(datePlacedCeased: "01/10/2024", reasonPlacedCeased: reason).Found(Rule));

    [Theory]
    [InlineData("RD1")]
    [InlineData("RD2")]
    [InlineData("RD3")]
    [InlineData("RD4")]
    [InlineData(null)]
    public void Listed_reasons_and_blank_are_not_flagged(string? reason) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlacedCeased: "01/10/2024", reasonPlacedCeased: reason).Found(Rule));
}
