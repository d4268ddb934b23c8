using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule544Tests
{
    private static readonly Rule544 Rule = new();

    [Fact]
    public void Convicted_with_a_health_item_blank_is_flagged_on_the_first_blank()
    {
        var submission = new TestReturn().Header().Oc2(convicted: "1", healthAssessment: null, substanceMisuse: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("544", "oc2", 2, "HEALTH_ASSESSMENT"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("0", null)]
    [InlineData(null, null)]
    public void Otherwise_it_is_not_flagged(string? convicted, string? teeth)
    {
        Assert.Empty(new TestReturn().Header().Oc2(convicted: convicted, teethCheck: teeth).Run(Rule));
    }
}
