using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule446Tests
{
    private static readonly Rule446 Rule = new();

    [Fact]
    public void A_placement_order_on_an_episode_beginning_before_December_2005_is_flagged()
    {
        var submission = new TestReturn().Header().Episode(decom: "30/11/2005", ls: "E1");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("446", 2, "LS"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("01/12/2005", "E1")]
    [InlineData("01/05/2024", "E1")]
    [InlineData("30/11/2005", "C2")]
    public void Edges_are_not_flagged(string decom, string ls)
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: decom, ls: ls).Run(Rule));
    }
}
