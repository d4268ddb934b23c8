using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule562Tests
{
    private static readonly Rule562 Rule = new();

    private static TestReturn LastYear() =>
        new TestReturn(2024).Header().Episode(decom: "01/06/2023", dec: "01/02/2024", rec: "X1").Episode(decom: "01/02/2024", rne: "P");

    [Fact]
    public void A_first_episode_from_before_the_year_that_last_years_last_episode_does_not_match_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/06/2023", dec: "01/02/2024", rec: "X1")
            .Episode(decom: "01/02/2024", rne: "P")
            .WithPrevious(LastYear());

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("562", 2, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Fact]
    public void A_child_with_no_episodes_last_year_is_flagged()
    {
        var submission = new TestReturn().Header(child: "C9").Episode(child: "C9", decom: "31/03/2024").WithPrevious(LastYear());
        Assert.Equal(["episodes:2"], submission.Flagged(Rule));
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/02/2024", rne: "P").WithPrevious(LastYear()).Run(Rule));
        // beginning on 1 April, the first day of the year
        Assert.Empty(new TestReturn().Header(child: "C9").Episode(child: "C9", decom: "01/04/2024").WithPrevious(LastYear()).Run(Rule));
    }
}
