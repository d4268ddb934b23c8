using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW01STG1Tests
{
    private static readonly RuleSW01STG1 Rule = new();

    [Fact]
    public void A_child_looked_after_on_31_March_without_a_complete_social_worker_episode_is_flagged_on_the_open_episode()
    {
        var submission = new TestReturn(2024).Header()
            .Episode(decom: "01/05/2023", dec: "01/06/2023", rec: "X1")
            .Episode(decom: "01/06/2023")
            .SocialWorkerEpisode(swDecom: "01/05/2023", swReason: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("SW01STG1", "episodes", 3, "DEC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void No_social_worker_rows_at_all_is_flagged_when_the_table_was_supplied()
    {
        var submission = new TestReturn(2024).Header().Episode(decom: "01/05/2023").Supplied(Ssda903Tables.SocialWorkerEpisodes);
        Assert.Equal(["episodes:2"], submission.Flagged(Rule));
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        // A complete episode.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023").SocialWorkerEpisode(swDecom: "01/05/2023", swReason: "MANAGE").Run(Rule));
        // Left care before 31 March.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", dec: "01/06/2023", rec: "E11").Supplied(Ssda903Tables.SocialWorkerEpisodes).Run(Rule));
        // A short break only.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", ls: "V3").Supplied(Ssda903Tables.SocialWorkerEpisodes).Run(Rule));
        // The table not part of the submission.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023").Run(Rule));
        // Deleted from 2024/25.
        Assert.Equal(CollectionYearsOf(2024, 2024), (Rule.Years.First, Rule.Years.Last));
    }

    private static (int, int) CollectionYearsOf(int first, int last) => (first, last);
}
