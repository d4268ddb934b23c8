using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule408Tests
{
    private static readonly Rule408 Rule = new();

    [Theory]
    [InlineData("A5", "C2")]
    [InlineData("A6", "V2")]
    public void Placed_for_adoption_under_a_placement_order_without_one_is_flagged(string place, string ls)
    {
        var submission = new TestReturn().Header().Episode(place: place, ls: ls);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("408", 2, "LS"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("A5", "E1")]
    [InlineData("A6", "E1")]
    [InlineData("A3", "C2")]
    [InlineData("A4", "V2")]
    public void Edges_are_not_flagged(string place, string ls)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, ls: ls).Run(Rule));
    }
}
