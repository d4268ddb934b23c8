using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleNoETests
{
    private static readonly RuleNoE Rule = new();

    private static TestReturn LastYear() => new TestReturn(2024).Header().Episode(decom: "01/02/2024").Header(child: "C5").Oc3(child: "C5");

    [Fact]
    public void Episodes_before_the_year_of_a_child_without_episodes_last_year_are_flagged()
    {
        var submission = new TestReturn().Header(child: "C9")
            .Episode(child: "C9", decom: "01/03/2024", dec: "31/03/2024", rec: "X1")
            .Episode(child: "C9", decom: "31/03/2024", rne: "P", dec: "01/04/2024", rec: "X1")
            .Episode(child: "C9", decom: "01/04/2024", rne: "P")
            .Header(child: "C5").Episode(child: "C5", decom: "01/01/2024") // in last year's return, but with no episodes
            .WithPrevious(LastYear());

        var issues = submission.Run(Rule);
        Assert.Equal(["episodes:2", "episodes:3", "episodes:5"], submission.Flagged(Rule));
        Assert.All(issues, i => Assert.Equal("DECOM", i.Field));
        Assert.Contains("the 2023/24 return", issues[0].Message);
    }

    [Fact]
    public void A_child_with_episodes_last_year_a_child_new_this_year_and_no_previous_return_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/02/2024").WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header(child: "C9").Episode(child: "C9", decom: "01/04/2024").WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header(child: "C9").Episode(child: "C9", decom: "01/02/2024").Run(Rule));
    }
}
