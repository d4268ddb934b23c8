using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule143Tests
{
    private static readonly Rule143 Rule = new();

    [Theory]
    [InlineData("X")]
    [InlineData("s")]
    public void A_code_not_on_the_list_is_flagged_on_its_field(string code)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(rne: code).Run(Rule));
        Assert.Equal(("143", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("S")]
    [InlineData("B")]
    [InlineData(null)]
    public void Listed_or_blank_codes_are_not_flagged(string? code) =>
        Assert.Empty(new TestReturn().Header().Episode(rne: code).Run(Rule));
}
