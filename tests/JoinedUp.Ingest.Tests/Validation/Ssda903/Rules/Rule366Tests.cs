using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule366Tests
{
    private static readonly Rule366 Rule = new();

    [Theory]
    [InlineData("P")]
    [InlineData("L")]
    [InlineData(null)]
    public void A_short_break_not_starting_a_new_period_is_flagged(string? rne)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(ls: "V3", rne: rne).Run(Rule));
        Assert.Equal(("366", 2, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("V3", "S")]
    [InlineData("V4", "P")]
    [InlineData("C2", "P")]
    public void Other_cases_are_not_flagged(string ls, string rne) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: ls, rne: rne).Run(Rule));
}
