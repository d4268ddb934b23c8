using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule433Tests
{
    private static readonly Rule433 Rule = new();

    [Theory]
    [InlineData("P", "02/06/2024")]
    [InlineData("L", "31/05/2024")]
    [InlineData("T", "10/06/2024")]
    [InlineData("U", "02/06/2024")]
    [InlineData("B", "02/06/2024")]
    public void A_continuation_not_starting_when_the_previous_episode_ended_is_flagged(string rne, string decom)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1")
            .Episode(decom: decom, rne: rne);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("433", 3, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void A_continuation_after_an_open_episode_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024")
            .Episode(decom: "01/06/2024", rne: "P");

        Assert.Equal(["episodes:3"], submission.Flagged(Rule));
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", rne: "P", dec: "01/06/2024", rec: "X1") // the first episode may continue last year's
            .Episode(decom: "01/06/2024", rne: "L", dec: "01/07/2024", rec: "E13")
            .Episode(decom: "05/07/2024", rne: "S"); // a new start is 431's

        Assert.Empty(submission.Run(Rule));
    }
}
