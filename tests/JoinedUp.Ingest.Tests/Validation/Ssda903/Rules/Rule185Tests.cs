using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule185Tests
{
    private static readonly Rule185 Rule = new();

    [Fact]
    public void A_score_for_a_child_who_came_into_care_during_the_year_is_flagged()
    {
        var submission = new TestReturn().Header().Episode(decom: "02/04/2024").Oc2(sdqScore: "12");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("185", "oc2", 2, "SDQ_SCORE"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_score_for_a_child_looked_after_all_year_no_score_or_no_episodes_table_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/04/2024").Oc2(sdqScore: "12").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "02/04/2024").Oc2(sdqScore: null, sdqReason: "SDQ2").Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: "12").Run(Rule));
    }

    [Fact]
    public void With_an_empty_episodes_table_a_score_is_flagged()
    {
        var submission = new TestReturn().Header().Supplied(Ssda903Tables.Episodes).Oc2(sdqScore: "12");
        Assert.Equal(["oc2:2"], submission.Flagged(Rule));
    }
}
