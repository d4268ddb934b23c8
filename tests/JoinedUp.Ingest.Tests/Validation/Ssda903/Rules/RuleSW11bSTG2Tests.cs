using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW11bSTG2Tests
{
    private static readonly RuleSW11bSTG2 Rule = new();

    [Theory]
    [InlineData("26/03/2025", true)] // 5 days before the end
    [InlineData("31/03/2025", true)]
    [InlineData("25/03/2025", false)] // 6 days before: SW11aSTG2's window
    public void An_episode_ending_in_the_last_5_days_with_no_later_one_is_flagged(string end, bool flagged)
    {
        var issues = new TestReturn().Header().SocialWorkerEpisode(swDecom: "01/05/2024", swDec: end, swReason: "MANAGE").Run(Rule);
        Assert.Equal(flagged ? [(2, "SW_DEC")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void A_later_episode_clears_it()
    {
        var submission = new TestReturn().Header()
            .SocialWorkerEpisode(swDecom: "01/05/2024", swDec: "28/03/2025", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "29/03/2025", swReason: "LEFTRL");
        Assert.Empty(submission.Run(Rule));
    }
}
