using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule180Tests
{
    private static readonly Rule180 Rule = new();

    [Theory]
    [InlineData("41")]
    [InlineData("-1")]
    [InlineData("12.5")]
    [InlineData("ten")]
    public void A_score_that_is_not_0_to_40_is_flagged(string score)
    {
        var issue = Assert.Single(new TestReturn().Header().Oc2(sdqScore: score).Run(Rule));
        Assert.Equal(("180", "oc2", 2, "SDQ_SCORE"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("40")]
    [InlineData(null)]
    public void Scores_0_to_40_and_blank_are_not_flagged(string? score)
    {
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: score).Run(Rule));
    }
}
