using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule196Tests
{
    private static readonly Rule196 Rule = new();

    [Theory]
    [InlineData("SDQ6")]
    [InlineData("SDQ")]
    [InlineData("sdq1")]
    public void A_reason_not_on_the_list_is_flagged(string reason)
    {
        var issue = Assert.Single(new TestReturn().Header().Oc2(sdqScore: null, sdqReason: reason).Run(Rule));
        Assert.Equal(("196", "oc2", 2, "SDQ_REASON"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("SDQ1")]
    [InlineData("SDQ5")]
    [InlineData(null)]
    public void Listed_reasons_and_blank_are_not_flagged(string? reason)
    {
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: null, sdqReason: reason).Run(Rule));
    }
}
