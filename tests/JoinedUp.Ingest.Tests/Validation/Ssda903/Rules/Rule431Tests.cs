using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule431Tests
{
    private static readonly Rule431 Rule = new();

    [Theory]
    [InlineData("01/06/2024")] // began the day the previous one ended
    [InlineData("20/05/2024")] // began before the previous one ended
    public void A_new_period_of_care_that_does_not_begin_after_the_previous_episode_is_flagged(string decom)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E13")
            .Episode(decom: decom, rne: "S");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("431", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E13")
            .Episode(decom: "02/06/2024", rne: "S", dec: "01/07/2024", rec: "X1") // the day after
            .Episode(decom: "01/07/2024", rne: "P"); // a continuation is 433's

        Assert.Empty(submission.Run(Rule));
    }
}
