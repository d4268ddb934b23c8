using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule388Tests
{
    private static readonly Rule388 Rule = new();

    [Fact]
    public void X1_followed_by_an_episode_starting_another_day_is_flagged_on_the_ended_episode()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "02/06/2024", rne: "P");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("388", "episodes", 2, "REC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains("02/06/2024", issue.Message);
    }

    [Fact]
    public void An_episode_followed_the_same_day_without_X1_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E13")
            .Episode(decom: "01/06/2024", rne: "P");

        Assert.Equal(["episodes:2"], submission.Flagged(Rule));
    }

    [Fact]
    public void The_last_episode_cannot_end_with_X1()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "P", dec: "01/07/2024", rec: "X1");

        Assert.Equal(["episodes:3"], submission.Flagged(Rule));
    }

    [Fact]
    public void Episodes_are_taken_in_start_date_order_not_file_order()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/06/2024", rne: "P")
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1");

        Assert.Empty(submission.Run(Rule));
    }

    [Fact]
    public void Leaving_care_and_coming_back_later_and_open_episodes_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E13")
            .Episode(decom: "10/06/2024", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", rne: "P")
            .Header(child: "C2").Episode(child: "C2", decom: "01/05/2024", dec: null, rec: null);

        Assert.Empty(submission.Run(Rule));
    }
}
