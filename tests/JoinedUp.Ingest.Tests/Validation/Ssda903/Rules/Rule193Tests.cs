using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule193Tests
{
    private static readonly Rule193 Rule = new();

    [Theory]
    [InlineData("0")]
    [InlineData(null)]
    public void An_intervention_without_misuse_is_flagged_on_each_completed_item(string? misuse)
    {
        var submission = new TestReturn().Header().Oc2(substanceMisuse: misuse, interventionReceived: "0", interventionOffered: "1");
        Assert.Equal(["INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], submission.Run(Rule).Select(i => i.Field));
        Assert.All(submission.Run(Rule), i => Assert.Equal(("193", "oc2", 2), (i.RuleCode, i.Table, i.Row)));
    }

    [Fact]
    public void Misuse_with_interventions_or_no_interventions_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Oc2(substanceMisuse: "1", interventionReceived: "0", interventionOffered: "1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2(substanceMisuse: "0").Run(Rule));
    }
}
