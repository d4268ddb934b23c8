using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule182Tests
{
    private static readonly Rule182 Rule = new();

    [Fact]
    public void A_health_item_left_blank_while_other_items_are_completed_is_flagged_on_the_first_blank()
    {
        var submission = new TestReturn().Header()
            .Oc2(convicted: "0", healthCheck: null, immunisations: "1", teethCheck: null, healthAssessment: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("182", "oc2", 2, "TEETH_CHECK"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void An_intervention_alone_with_the_health_items_blank_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Oc2(convicted: null, healthCheck: null, immunisations: null, teethCheck: null, healthAssessment: null, substanceMisuse: null, interventionOffered: "1");
        Assert.Equal("IMMUNISATIONS", Assert.Single(submission.Run(Rule)).Field);
    }

    [Fact]
    public void All_blank_or_all_four_completed_is_not_flagged()
    {
        var allBlank = new TestReturn().Header()
            .Oc2(convicted: null, healthCheck: null, immunisations: null, teethCheck: null, healthAssessment: null, substanceMisuse: null);
        Assert.Empty(allBlank.Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2(convicted: "1", healthCheck: null).Run(Rule));
        // The four health items partly completed with nothing else completed: not this rule's (191 asks for all four).
        Assert.Empty(new TestReturn().Header().Oc2(convicted: null, healthCheck: null, teethCheck: null).Run(Rule));
    }
}
