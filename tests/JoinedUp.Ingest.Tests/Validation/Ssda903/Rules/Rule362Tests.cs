using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule362Tests
{
    private static readonly Rule362 Rule = new();
    private static readonly DateOnly Start = new(2024, 5, 1);

    private static string D(int days) => Start.AddDays(days).ToString("dd/MM/yyyy");

    [Fact]
    public void A_single_episode_one_day_over_the_limit_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(ls: "L2", decom: D(0), dec: D(21 + 1), rec: "E8").Run(Rule));
        Assert.Equal(("362", 2, "DEC"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("22 days", issue.Message);
    }

    [Fact]
    public void An_unbroken_spell_of_episodes_over_the_limit_flags_each_of_them_and_not_the_episode_after() =>
        Assert.Equal(new[] { "episodes:2", "episodes:3" }, new TestReturn().Header()
            .Episode(ls: "L2", decom: D(0), dec: D(1), rec: "X1")
            .Episode(ls: "L2", rne: "P", decom: D(1), dec: D(21 + 1), rec: "X1")
            .Episode(ls: "C1", rne: "L", decom: D(21 + 1)).Flagged(Rule));

    [Fact]
    public void An_open_episode_runs_to_the_end_of_the_collection_year() =>
        Assert.Contains("still open", Assert.Single(new TestReturn().Header().Episode(ls: "L2", decom: "01/03/2025").Run(Rule)).Message);

    [Fact]
    public void Spells_at_the_limit_or_broken_by_another_status_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(ls: "L2", decom: D(0), dec: D(21), rec: "E8").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(ls: "L2", decom: "28/03/2025").Run(Rule));
        Assert.Empty(new TestReturn().Header()
            .Episode(ls: "L2", decom: D(0), dec: D(1), rec: "X1")
            .Episode(ls: "C1", rne: "L", decom: D(1), dec: D(2), rec: "X1")
            .Episode(ls: "L2", rne: "L", decom: D(2), dec: D(21 + 1), rec: "E8").Run(Rule));
    }

    [Fact]
    public void Another_legal_status_or_an_end_date_that_is_not_a_date_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(ls: "C2", decom: D(0), dec: D(100), rec: "E8").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(ls: "L2", decom: D(0), dec: "bad", rec: "E8").Run(Rule));
    }
}
