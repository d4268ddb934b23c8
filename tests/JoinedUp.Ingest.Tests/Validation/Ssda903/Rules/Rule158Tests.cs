using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule158Tests
{
    private static readonly Rule158 Rule = new();

    [Fact]
    public void An_intervention_received_and_offered_is_flagged_on_offered()
    {
        var submission = new TestReturn().Header()
            .Oc2(substanceMisuse: "1", interventionReceived: "1", interventionOffered: "1")
            .Oc2(child: "C2", substanceMisuse: "1", interventionReceived: "1", interventionOffered: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("158", "oc2", 2, "INTERVENTION_OFFERED"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("0", "1")]
    [InlineData(null, "0")]
    [InlineData("1", null)]
    public void Otherwise_it_is_not_flagged(string? received, string? offered)
    {
        var submission = new TestReturn().Header().Oc2(substanceMisuse: "1", interventionReceived: received, interventionOffered: offered);
        Assert.Empty(submission.Run(Rule));
    }
}
