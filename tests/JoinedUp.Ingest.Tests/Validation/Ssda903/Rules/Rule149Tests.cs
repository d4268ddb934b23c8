using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule149Tests
{
    private static readonly Rule149 Rule = new();

    [Theory]
    [InlineData("E4")]
    [InlineData("e4a")]
    public void A_code_not_on_the_list_is_flagged_on_its_field(string code)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(rec: code).Run(Rule));
        Assert.Equal(("149", 3, "REC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("E4A")]
    [InlineData("X1")]
    [InlineData(null)]
    public void Listed_or_blank_codes_are_not_flagged(string? code) =>
        Assert.Empty(new TestReturn().Header().Episode(rec: code).Run(Rule));
}
