using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule217tTests
{
    private static readonly Rule217t Rule = new();

    [Theory]
    [InlineData("29/10/2023")]
    [InlineData(null)]
    public void A_P2_episode_open_after_28_October_2023_is_flagged(string? dec)
    {
        var issue = Assert.Single(new TestReturn(2024).Header().Episode(decom: "01/05/2023", place: "P2", dec: dec, rec: dec is null ? null : "E8").Run(Rule));
        Assert.Equal(("217t", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("P2", "28/10/2023")]
    [InlineData("U1", null)]
    public void P2_ended_by_28_October_or_other_placements_are_not_flagged(string place, string? dec) =>
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", place: place, dec: dec, rec: dec is null ? null : "E8").Run(Rule));

    [Fact]
    public void The_rule_applies_to_2023_24_only()
    {
        Assert.True(Rule.Years.Contains(2024));
        Assert.False(Rule.Years.Contains(2025));
        Assert.False(Rule.Years.Contains(2026));
    }
}
