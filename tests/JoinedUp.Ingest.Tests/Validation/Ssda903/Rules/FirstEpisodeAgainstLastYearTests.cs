using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>What the 503 rules share: which of last year's episodes and which of this year's are compared.</summary>
public sealed class FirstEpisodeAgainstLastYearTests
{
    private static readonly Rule503B Rule = new();

    [Fact]
    public void Last_years_latest_episode_is_compared_with_this_years_earliest_whatever_the_file_order()
    {
        var last = new TestReturn(2024).Header()
            .Episode(decom: "01/02/2024", rne: "P", ls: "C2")
            .Episode(decom: "01/06/2023", ls: "C1", dec: "01/02/2024", rec: "X1");
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", rne: "L", ls: "E1")
            .Episode(decom: "01/02/2024", rne: "P", ls: "C2", dec: "01/05/2024", rec: "X1")
            .WithPrevious(last);

        Assert.Empty(submission.Run(Rule));

        var changed = new TestReturn().Header().Episode(decom: "01/02/2024", rne: "P", ls: "C1").WithPrevious(last);
        Assert.Equal(["episodes:2"], changed.Flagged(Rule));
    }

    [Fact]
    public void Nothing_is_compared_when_last_years_last_episode_had_ended_or_the_child_was_not_there()
    {
        var closed = new TestReturn(2024).Header().Episode(decom: "01/02/2024", ls: "C1", dec: "01/03/2024", rec: "E13");
        Assert.Empty(new TestReturn().Header().Episode(ls: "C2").WithPrevious(closed).Run(Rule));

        var other = new TestReturn(2024).Header(child: "C7").Episode(child: "C7", decom: "01/02/2024", ls: "C1");
        Assert.Empty(new TestReturn().Header().Episode(ls: "C2").WithPrevious(other).Run(Rule));
    }

    [Fact]
    public void The_503_rules_run_only_when_last_years_return_is_held()
    {
        Assert.All(Ssda903RuleSet.For(2025).Where(r => r.Code.StartsWith("503", StringComparison.Ordinal)), r => Assert.True(r.NeedsPreviousReturn, r.Code));
        Assert.Empty(new TestReturn().Header().Episode(ls: "C2").Run(Rule));
    }
}
