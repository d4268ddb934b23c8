using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule502Tests
{
    private static readonly Rule502 Rule = new();

    private static TestReturn LastYear(string? dec = null) =>
        new TestReturn(2024).Header().Episode(decom: "01/06/2023", dec: "01/02/2024", rec: "X1").Episode(decom: "01/02/2024", rne: "P", dec: dec, rec: dec is null ? null : "E13");

    [Fact]
    public void A_first_episode_not_starting_when_last_years_open_episode_began_is_flagged_naming_the_return()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/04/2024", rne: "P")
            .Episode(decom: "01/05/2024", rne: "P")
            .WithPrevious(LastYear());

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("502", 2, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Fact]
    public void The_same_start_a_closed_episode_a_child_new_this_year_and_no_previous_return_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/02/2024", rne: "P").WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/05/2024").WithPrevious(LastYear(dec: "01/03/2024")).Run(Rule));
        Assert.Empty(new TestReturn().Header(child: "C9").Episode(child: "C9", decom: "01/05/2024").WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/05/2024").Run(Rule));
    }
}
