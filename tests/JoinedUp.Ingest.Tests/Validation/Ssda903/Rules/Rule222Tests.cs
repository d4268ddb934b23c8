using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule222Tests
{
    private static readonly Rule222 Rule = new();

    [Theory]
    [InlineData(2025, "P1")]
    [InlineData(2025, "T0")]
    [InlineData(2026, "Z1")]
    [InlineData(2024, "P2")]
    public void A_urn_for_a_placement_type_without_one_is_flagged(int year, string place)
    {
        var issue = Assert.Single(new TestReturn(year).Header().Episode(decom: $"01/05/{year - 1}", place: place, urn: "SC123456").Run(Rule));
        Assert.Equal(("222", 2, "URN"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData(2025, "P2", "SC123456")] // P2 no longer on the list from 2024/25
    [InlineData(2024, "H5", "SC123456")] // H5 off the list from 2023/24
    [InlineData(2025, "U1", "SC123456")]
    [InlineData(2025, "P1", "XXXXXXX")]
    [InlineData(2025, "P1", null)]
    public void Other_cases_are_not_flagged(int year, string place, string? urn) =>
        Assert.Empty(new TestReturn(year).Header().Episode(decom: $"01/05/{year - 1}", place: place, urn: urn).Run(Rule));
}
