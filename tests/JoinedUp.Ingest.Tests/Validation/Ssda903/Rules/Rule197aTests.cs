using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule197aTests
{
    private static readonly Rule197a Rule = new();

    [Fact]
    public void A_score_and_a_reason_together_is_flagged_on_the_reason()
    {
        var submission = new TestReturn().Header().Oc2(sdqScore: "0", sdqReason: "SDQ2");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("197a", "oc2", 2, "SDQ_REASON"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("12", null)]
    [InlineData(null, "SDQ2")]
    [InlineData(null, null)]
    public void One_or_neither_is_not_flagged(string? score, string? reason)
    {
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: score, sdqReason: reason).Run(Rule));
    }
}
