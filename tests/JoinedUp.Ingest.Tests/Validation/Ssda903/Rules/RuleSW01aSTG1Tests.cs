using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW01aSTG1Tests
{
    private static readonly RuleSW01aSTG1 Rule = new();

    [Fact]
    public void A_blank_start_or_an_early_episode_without_an_id_is_flagged()
    {
        var submission = new TestReturn(2025).Header()
            .SocialWorkerEpisode(swDecom: null)
            .SocialWorkerEpisode(swId: null, swDecom: "31/03/2023", swDec: "01/05/2023")
            .SocialWorkerEpisode(swId: null, swDecom: "01/04/2023", swDec: "01/05/2023") // SW01bSTG1's
            .SocialWorkerEpisode(swDecom: "01/01/2023", swDec: "01/05/2023", swReason: null); // reason may be blank
        Assert.Equal([(2, "SW_DECOM"), (3, "SW_ID")], submission.Run(Rule).Select(i => (i.Row!.Value, i.Field!)));
        Assert.Equal((2025, 2026), (Rule.Years.First, Rule.Years.Last));
    }
}
