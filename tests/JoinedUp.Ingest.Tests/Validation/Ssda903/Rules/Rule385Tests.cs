using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule385Tests
{
    private static readonly Rule385 Rule = new();

    [Theory]
    [InlineData(2025, "01/04/2025")]
    [InlineData(2026, "01/04/2026")]
    public void An_episode_ending_after_the_year_ended_is_flagged(int year, string dec)
    {
        var issue = Assert.Single(new TestReturn(year).Header().Episode(decom: $"01/05/{year - 1}", dec: dec, rec: "E8").Run(Rule));
        Assert.Equal(("385", 2, "DEC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData(null)]
    public void The_last_day_or_open_is_not_flagged(string? dec) =>
        Assert.Empty(new TestReturn().Header().Episode(dec: dec, rec: dec is null ? null : "E8").Run(Rule));
}
