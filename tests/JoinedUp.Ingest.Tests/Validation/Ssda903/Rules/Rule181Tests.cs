using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule181Tests
{
    private static readonly Rule181 Rule = new();

    [Fact]
    public void Each_item_that_is_not_0_or_1_is_flagged_on_its_own_field()
    {
        var submission = new TestReturn().Header().Oc2(convicted: "2", teethCheck: "Y", interventionOffered: "10");
        Assert.Equal(["CONVICTED", "TEETH_CHECK", "INTERVENTION_OFFERED"], submission.Run(Rule).Select(i => i.Field));
        Assert.All(submission.Run(Rule), i => Assert.Equal(("181", "oc2", 2), (i.RuleCode, i.Table, i.Row)));
    }

    [Fact]
    public void Zeros_ones_and_blanks_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Oc2(convicted: "0", healthCheck: "1", immunisations: null, teethCheck: null, healthAssessment: "0", substanceMisuse: "1", interventionReceived: "0", interventionOffered: "1");
        Assert.Empty(submission.Run(Rule));
    }
}
