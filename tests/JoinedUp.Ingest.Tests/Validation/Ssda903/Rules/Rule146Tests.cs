using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule146Tests
{
    private static readonly Rule146 Rule = new();

    [Theory]
    [InlineData("U7")]
    [InlineData("a3")]
    public void A_code_not_on_the_list_is_flagged_on_its_field(string code)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(place: code).Run(Rule));
        Assert.Equal(("146", 3, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("A3")]
    [InlineData("Z1")]
    [InlineData(null)]
    public void Listed_or_blank_codes_are_not_flagged(string? code) =>
        Assert.Empty(new TestReturn().Header().Episode(place: code).Run(Rule));
}
