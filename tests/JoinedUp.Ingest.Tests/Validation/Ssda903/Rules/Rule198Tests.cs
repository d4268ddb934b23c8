using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule198Tests
{
    private static readonly Rule198 Rule = new();

    [Fact]
    public void A_reason_for_a_child_who_left_care_during_the_year_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/01/2023", dec: "01/12/2024", rec: "E11")
            .Oc2(sdqScore: null, sdqReason: "SDQ2");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("198", "oc2", 2, "SDQ_REASON"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_reason_for_a_child_looked_after_all_year_or_no_reason_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023").Oc2(sdqScore: null, sdqReason: "SDQ2").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/05/2024").Oc2(sdqScore: null, sdqReason: null).Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: null, sdqReason: "SDQ2").Run(Rule));
    }
}
