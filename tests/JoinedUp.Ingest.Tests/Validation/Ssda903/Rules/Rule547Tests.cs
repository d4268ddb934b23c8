using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule547Tests
{
    private static readonly Rule547 Rule = new();

    [Fact]
    public void Health_promotion_with_a_health_item_blank_is_flagged_on_the_first_blank()
    {
        var submission = new TestReturn().Header().Oc2(healthCheck: "1", immunisations: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("547", "oc2", 2, "IMMUNISATIONS"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("1", "0")]
    [InlineData("0", null)]
    [InlineData(null, null)]
    public void Otherwise_it_is_not_flagged(string? healthCheck, string? misuse)
    {
        Assert.Empty(new TestReturn().Header().Oc2(healthCheck: healthCheck, substanceMisuse: misuse).Run(Rule));
    }
}
