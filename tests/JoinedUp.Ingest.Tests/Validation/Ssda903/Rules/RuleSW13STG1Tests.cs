using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW13STG1Tests
{
    [Fact]
    public void In_2023_24_every_episode_needs_a_valid_reason()
    {
        var submission = new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/04/2023", swDec: "01/05/2023", swReason: null)
            .SocialWorkerEpisode(swDecom: "01/05/2023", swDec: "01/06/2023", swReason: "BOSS")
            .SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE");
        Assert.Equal([(2, "SW_REASON"), (3, "SW_REASON")], submission.Run(new RuleSW13STG1()).Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void From_2024_25_the_first_episode_may_have_no_reason()
    {
        var submission = new TestReturn(2025).Header()
            .SocialWorkerEpisode(swDecom: "01/06/2024", swReason: null)
            .SocialWorkerEpisode(swDecom: "01/04/2024", swDec: "01/05/2024", swReason: null)
            .SocialWorkerEpisode(swDecom: "01/05/2024", swDec: "01/06/2024", swReason: "BOSS");
        Assert.Equal(["sw_episodes:2", "sw_episodes:4"], submission.Flagged(new RuleSW13STG1From2025()));
        Assert.Equal(["sw_episodes:2"], new TestReturn(2025).Header().SocialWorkerEpisode(swReason: "nope").Flagged(new RuleSW13STG1From2025()));
    }
}
