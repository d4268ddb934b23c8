using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule380Tests
{
    private static readonly Rule380 Rule = new();

    [Theory]
    [InlineData("T0", "S")]
    [InlineData("T4", "L")]
    [InlineData("T2", null)]
    public void A_temporary_placement_not_beginning_with_a_placement_change_is_flagged(string place, string? rne)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, rne: rne).Run(Rule));
        Assert.Equal(("380", 2, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("T1", "P")]
    [InlineData("T3", "B")]
    [InlineData("U1", "S")]
    public void Other_cases_are_not_flagged(string place, string rne) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, rne: rne).Run(Rule));
}
