using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule398Tests
{
    private static readonly Rule398 Rule = new();

    [Theory]
    [InlineData("V3", "N1 1AA", null, "HOME_POST")]
    [InlineData("V4", null, "N2 2BB", "PL_POST")]
    [InlineData("V4", "N1 1AA", "N2 2BB", "HOME_POST")]
    public void A_postcode_on_a_short_break_is_flagged(string ls, string? home, string? placement, string field)
    {
        var submission = new TestReturn().Header().Episode(ls: ls, homePost: home, plPost: placement);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("398", 2, field), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("V3", null, null)]
    [InlineData("C2", "N1 1AA", "N2 2BB")]
    [InlineData("V2", "N1 1AA", "N2 2BB")]
    public void Edges_are_not_flagged(string ls, string? home, string? placement)
    {
        var submission = new TestReturn().Header().Episode(ls: ls, homePost: home, plPost: placement);
        Assert.Empty(submission.Run(Rule));
    }
}
