using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule144Tests
{
    private static readonly Rule144 Rule = new();

    [Theory]
    [InlineData("V1")]
    [InlineData("c1")]
    public void A_code_not_on_the_list_is_flagged_on_its_field(string code)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(ls: code).Run(Rule));
        Assert.Equal(("144", 3, "LS"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("L3")]
    [InlineData(null)]
    public void Listed_or_blank_codes_are_not_flagged(string? code) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: code).Run(Rule));
}
