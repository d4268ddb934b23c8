using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule382Tests
{
    private static readonly Rule382 Rule = new();

    [Theory]
    [InlineData("V3", "T0")]
    [InlineData("V4", "T4")]
    public void A_short_break_in_a_temporary_placement_is_flagged(string ls, string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(ls: ls, place: place).Run(Rule));
        Assert.Equal(("382", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("V3", "U6")]
    [InlineData("C2", "T1")]
    public void Other_cases_are_not_flagged(string ls, string place) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: ls, place: place).Run(Rule));
}
