using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule392dTests
{
    private static readonly Rule392d Rule = new();

    [Theory]
    [InlineData("N1 1AA", "N1 1AA")]
    [InlineData("N1 1AA", "n11aa")]
    public void The_same_postcode_for_home_and_placement_is_flagged_unless_with_a_parent(string home, string placement)
    {
        var submission = new TestReturn().Header().Episode(place: "U4", homePost: home, plPost: placement);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("392d", 2, "PL_POST"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("P1", "N1 1AA", "N1 1AA")]
    [InlineData("U4", "N1 1AA", "N1 1AB")]
    [InlineData("U4", "N1 1AA", null)]
    [InlineData("U4", null, null)]
    public void Edges_are_not_flagged(string place, string? home, string? placement)
    {
        var submission = new TestReturn().Header().Episode(place: place, homePost: home, plPost: placement);
        Assert.Empty(submission.Run(Rule));
    }
}
