using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW10STG2Tests
{
    [Theory]
    [InlineData("08/06/2024", false)] // 7 days after the end
    [InlineData("09/06/2024", true)] // 8 days after
    [InlineData("25/05/2024", false)] // 7 days before
    [InlineData("24/05/2024", true)] // 8 days before
    public void An_episode_starting_more_than_7_days_from_the_previous_end_is_flagged(string start, bool flagged)
    {
        foreach (var (year, rule) in new (int, Ssda903Rule)[] { (2024, new RuleSW10STG2()), (2025, new RuleSW10STG2From2025()) })
        {
            var submission = new TestReturn(year).Header()
                .SocialWorkerEpisode(swDecom: "01/04/2023", swDec: "01/06/2024", swReason: "MANAGE")
                .SocialWorkerEpisode(swDecom: start, swReason: "LEFTRL");
            var issues = submission.Run(rule);
            Assert.Equal(flagged ? [(3, "SW_DECOM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
        }
    }

    [Fact]
    public void An_episode_after_one_still_open_is_flagged()
    {
        var submission = new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/05/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE");
        Assert.Equal(["sw_episodes:3"], submission.Flagged(new RuleSW10STG2()));
    }

    [Fact]
    public void From_2024_25_the_end_of_a_fixed_term_contract_is_exempt()
    {
        var submission = new TestReturn(2025).Header()
            .SocialWorkerEpisode(swDecom: "01/05/2024", swDec: "01/06/2024", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/09/2024", swReason: "FCONTA");
        Assert.Empty(submission.Run(new RuleSW10STG2From2025()));
        Assert.Equal(["sw_episodes:3"], new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/05/2023", swDec: "01/06/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/09/2023", swReason: "FCONTA").Flagged(new RuleSW10STG2()));
    }
}
