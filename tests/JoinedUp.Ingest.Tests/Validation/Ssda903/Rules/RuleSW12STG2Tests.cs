using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW12STG2Tests
{
    [Fact]
    public void A_period_of_care_begun_with_no_social_worker_episode_in_progress_is_flagged()
    {
        var submission = new TestReturn(2024).Header()
            .Episode(decom: "01/05/2023", rne: "S")
            .SocialWorkerEpisode(swDecom: "02/05/2023", swReason: "MANAGE");
        var issue = Assert.Single(submission.Run(new RuleSW12STG2()));
        Assert.Equal(("SW12STG2", "episodes", 2, "DECOM"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void Covered_or_out_of_scope_care_is_not_flagged()
    {
        // A social worker from the day care began.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", rne: "S").SocialWorkerEpisode(swDecom: "01/05/2023", swReason: "MANAGE").Run(new RuleSW12STG2()));
        // The SWEpisodes table not part of the submission.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", rne: "S").Run(new RuleSW12STG2()));
        // Not looked after on 31 March.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", rne: "S", dec: "01/06/2023", rec: "E11").Supplied(Ssda903Tables.SocialWorkerEpisodes).Run(new RuleSW12STG2()));
        // Care began before the reporting period (2023/24: 1 April 2023).
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "31/03/2023", rne: "S").SocialWorkerEpisode(swDecom: "01/05/2023", swReason: "MANAGE").Run(new RuleSW12STG2()));
        // A placement change, not the start of care.
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", rne: "P").SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE").Run(new RuleSW12STG2()));
    }

    [Fact]
    public void From_2024_25_the_period_reaches_back_a_year()
    {
        var submission = new TestReturn(2025).Header().Episode(decom: "01/05/2023", rne: "S").SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE");
        Assert.Equal(["episodes:2"], submission.Flagged(new RuleSW12STG2From2025()));
        Assert.Empty(new TestReturn(2025).Header().Episode(decom: "31/03/2023", rne: "S").SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE").Run(new RuleSW12STG2From2025()));
    }
}
