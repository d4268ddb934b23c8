using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule501Tests
{
    private static readonly Rule501 Rule = new();

    [Fact]
    public void An_episode_beginning_before_the_previous_one_ended_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "10/06/2024", rec: "X1")
            .Episode(decom: "09/06/2024", rne: "P");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("501", 3, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("10/06/2024", issue.Message);
    }

    [Fact]
    public void Episodes_meeting_end_to_start_or_after_an_open_episode_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "10/06/2024", rec: "X1")
            .Episode(decom: "10/06/2024", rne: "P", dec: "01/07/2024", rec: "E13")
            .Episode(decom: "02/07/2024", rne: "S")
            .Episode(decom: "03/07/2024", rne: "P"); // after an open episode: 433/388's concern, not an overlap with a known end

        Assert.Empty(submission.Run(Rule));
    }
}
