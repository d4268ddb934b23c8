using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule353Tests
{
    private static readonly Rule353 Rule = new();

    [Fact]
    public void An_episode_beginning_before_14_October_1991_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header(dob: "01/01/1990").Episode(decom: "13/10/1991").Run(Rule));
        Assert.Equal(("353", 2, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("14/10/1991")]
    [InlineData(null)]
    [InlineData("bad")]
    public void Later_blank_or_invalid_dates_are_not_flagged(string? decom) =>
        Assert.Empty(new TestReturn().Header().Episode(decom: decom).Run(Rule));
}
