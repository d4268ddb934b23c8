using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule189Tests
{
    private static readonly Rule189 Rule = new();

    [Theory]
    [InlineData("10", null, "SDQ_SCORE")]
    [InlineData(null, "SDQ1", "SDQ_REASON")]
    public void A_score_or_reason_for_a_child_17_before_the_year_began_is_flagged(string? score, string? reason, string field)
    {
        var submission = new TestReturn().Header(dob: "31/03/2007").Oc2(dob: "31/03/2007", sdqScore: score, sdqReason: reason);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("189", "oc2", 2, field), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_child_17_on_1_April_or_later_or_both_blank_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header(dob: "01/04/2007").Oc2(dob: "01/04/2007", sdqScore: "10").Run(Rule));
        Assert.Empty(new TestReturn().Header(dob: "01/01/2006").Oc2(dob: "01/01/2006", sdqScore: null).Run(Rule));
    }
}
