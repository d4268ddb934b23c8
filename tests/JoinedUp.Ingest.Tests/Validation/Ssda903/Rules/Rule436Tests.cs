using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule436Tests
{
    private static readonly Rule436 Rule = new();

    [Theory]
    [InlineData("U", "C1", "K2")] // legal status unchanged
    [InlineData("B", "C2", "U1")] // placement unchanged
    public void A_change_of_both_that_the_episodes_do_not_show_is_flagged(string rne, string ls, string place)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", place: "U1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: rne, ls: ls, place: place);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("436", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("U")]
    [InlineData("B")]
    public void A_change_of_both_shown_in_the_episodes_is_not_flagged(string rne)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", place: "U1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: rne, ls: "C2", place: "U4");

        Assert.Empty(submission.Run(Rule));
    }
}
