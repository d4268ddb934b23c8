using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule230Tests
{
    private static readonly Rule230 Rule = new();

    [Theory]
    [InlineData(null, null)]
    [InlineData("29/10/2023", null)]
    [InlineData(null, "XXXXXXX")]
    public void Supported_accommodation_open_from_29_October_2023_without_a_urn_is_flagged(string? dec, string? urn)
    {
        var issue = Assert.Single(new TestReturn(2024).Header().Episode(decom: "01/05/2023", place: "H5", dec: dec, rec: dec is null ? null : "E8", urn: urn).Run(Rule));
        Assert.Equal(("230", 2, "URN"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("H5", "28/10/2023", null, "N2 2BB")]
    [InlineData("H5", null, "SC123456", "N2 2BB")]
    [InlineData("H5", null, null, "BT1 1AA")] // Northern Ireland
    [InlineData("K2", null, null, "N2 2BB")]
    public void Other_cases_are_not_flagged(string place, string? dec, string? urn, string plPost) =>
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", place: place, dec: dec, rec: dec is null ? null : "E8", urn: urn, plPost: plPost).Run(Rule));

    [Fact]
    public void The_rule_applies_to_2023_24_only()
    {
        Assert.True(Rule.Years.Contains(2024));
        Assert.False(Rule.Years.Contains(2025));
    }
}
