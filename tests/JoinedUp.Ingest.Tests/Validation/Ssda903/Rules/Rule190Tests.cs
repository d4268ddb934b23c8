using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule190Tests
{
    private static readonly Rule190 Rule = new();

    [Fact]
    public void An_item_completed_for_a_child_who_came_into_care_during_the_year_is_flagged_on_the_first()
    {
        var submission = new TestReturn().Header().Episode(decom: "01/05/2024")
            .Oc2(convicted: null, healthCheck: null, immunisations: null, teethCheck: "1");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("190", "oc2", 2, "TEETH_CHECK"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_child_looked_after_all_year_or_all_items_blank_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023").Oc2().Run(Rule));
        var blank = new TestReturn().Header().Episode(decom: "01/05/2024")
            .Oc2(convicted: null, healthCheck: null, immunisations: null, teethCheck: null, healthAssessment: null, substanceMisuse: null);
        Assert.Empty(blank.Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2().Run(Rule)); // no episodes table
    }
}
