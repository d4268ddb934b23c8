using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule384Tests
{
    private static readonly Rule384 Rule = new();

    [Theory]
    [InlineData("V3", "U1")]
    [InlineData("V4", "U4")]
    public void A_short_break_in_long_term_foster_care_is_flagged(string ls, string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(ls: ls, place: place).Run(Rule));
        Assert.Equal(("384", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("V3", "U3")]
    [InlineData("V4", "U6")]
    [InlineData("C2", "U1")]
    public void Other_cases_are_not_flagged(string ls, string place) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: ls, place: place).Run(Rule));
}
