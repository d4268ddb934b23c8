using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule192Tests
{
    private static readonly Rule192 Rule = new();

    [Fact]
    public void Misuse_with_intervention_received_blank_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Oc2(substanceMisuse: "1", interventionReceived: "0", interventionOffered: "1")
            .Oc2(child: "C2", substanceMisuse: "1", interventionReceived: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("192", "oc2", 3, "INTERVENTION_RECEIVED"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("0")]
    [InlineData(null)]
    public void No_misuse_is_not_flagged(string? misuse)
    {
        Assert.Empty(new TestReturn().Header().Oc2(substanceMisuse: misuse, interventionReceived: null).Run(Rule));
    }
}
