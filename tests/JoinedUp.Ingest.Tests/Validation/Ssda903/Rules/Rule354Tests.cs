using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule354Tests
{
    private static readonly Rule354 Rule = new();

    [Theory]
    [InlineData(2025, "01/04/2025")]
    [InlineData(2024, "01/04/2024")]
    public void An_episode_beginning_after_the_year_ended_is_flagged(int year, string decom)
    {
        var issue = Assert.Single(new TestReturn(year).Header().Episode(decom: decom).Run(Rule));
        Assert.Equal(("354", 2, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData(null)]
    public void The_last_day_or_blank_is_not_flagged(string? decom) =>
        Assert.Empty(new TestReturn().Header().Episode(decom: decom).Run(Rule));
}
