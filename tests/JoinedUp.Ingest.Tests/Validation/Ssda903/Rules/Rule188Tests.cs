using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule188Tests
{
    private static readonly Rule188 Rule = new();

    [Theory]
    [InlineData("10", null, "SDQ_SCORE")]
    [InlineData(null, "SDQ1", "SDQ_REASON")]
    public void A_score_or_reason_for_a_child_under_4_at_31_March_is_flagged(string? score, string? reason, string field)
    {
        var submission = new TestReturn().Header(dob: "01/04/2021").Oc2(dob: "01/04/2021", sdqScore: score, sdqReason: reason);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("188", "oc2", 2, field), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_child_4_on_31_March_or_both_blank_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header(dob: "31/03/2021").Oc2(dob: "31/03/2021", sdqScore: "10").Run(Rule));
        Assert.Empty(new TestReturn().Header(dob: "01/04/2023").Oc2(dob: "01/04/2023", sdqScore: null).Run(Rule));
    }
}
