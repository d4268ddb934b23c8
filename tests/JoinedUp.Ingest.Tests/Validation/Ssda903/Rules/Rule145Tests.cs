using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule145Tests
{
    private static readonly Rule145 Rule = new();

    [Theory]
    [InlineData("N9")]
    [InlineData("n1")]
    public void A_code_not_on_the_list_is_flagged_on_its_field(string code)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(cin: code).Run(Rule));
        Assert.Equal(("145", 3, "CIN"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("N1")]
    [InlineData("N8")]
    [InlineData(null)]
    public void Listed_or_blank_codes_are_not_flagged(string? code) =>
        Assert.Empty(new TestReturn().Header().Episode(cin: code).Run(Rule));
}
