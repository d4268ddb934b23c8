using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule199Tests
{
    private static readonly Rule199 Rule = new();

    [Fact]
    public void Episodes_beginning_after_an_adoption_are_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/09/2024", rne: "S") // row 2: after the adoption
            .Episode(decom: "01/05/2024", dec: "01/07/2024", rec: "E11") // row 3: the adoption
            .Episode(decom: "01/04/2024", dec: "01/05/2024", rec: "X1"); // row 4: before it
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("199", 2, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void A_second_adoption_is_flagged_but_not_the_first() =>
        Assert.Equal(new[] { "episodes:3" }, new TestReturn().Header()
            .Episode(decom: "01/04/2024", dec: "01/05/2024", rec: "E12")
            .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E11").Flagged(Rule));

    [Fact]
    public void An_adoption_in_last_years_return_flags_this_years_episodes()
    {
        var last = new TestReturn(2024).Header().Episode(decom: "01/05/2023", dec: "01/12/2023", rec: "E11");
        var submission = new TestReturn().Header().Episode(decom: "01/05/2024").WithPrevious(last);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Contains("2023/24", issue.Message);
    }

    [Fact]
    public void Episodes_without_an_adoption_are_not_flagged()
    {
        var last = new TestReturn(2024).Header().Episode(decom: "01/05/2023", dec: "01/12/2023", rec: "E4A");
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/04/2024", dec: "01/05/2024", rec: "E4A")
            .Episode(decom: "01/06/2024").WithPrevious(last).Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E11").Run(Rule));
    }
}
