using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule159Tests
{
    private static readonly Rule159 Rule = new();

    [Fact]
    public void Misuse_without_an_intervention_received_needs_offered()
    {
        var submission = new TestReturn().Header()
            .Oc2(substanceMisuse: "1", interventionReceived: "1")
            .Oc2(child: "C2", substanceMisuse: "1", interventionReceived: "0", interventionOffered: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("159", "oc2", 3, "INTERVENTION_OFFERED"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("1", "0", "0")]
    [InlineData("1", "0", "1")]
    [InlineData("0", "0", null)] // no misuse: rule 193's
    [InlineData("1", null, null)] // received blank: rule 192's
    public void Otherwise_it_is_not_flagged(string? misuse, string? received, string? offered)
    {
        var submission = new TestReturn().Header().Oc2(substanceMisuse: misuse, interventionReceived: received, interventionOffered: offered);
        Assert.Empty(submission.Run(Rule));
    }
}
