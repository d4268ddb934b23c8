using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW01bSTG1Tests
{
    private static readonly RuleSW01bSTG1 Rule = new();

    [Fact]
    public void An_episode_from_1_April_2023_needs_id_and_reason()
    {
        var submission = new TestReturn(2025).Header()
            .SocialWorkerEpisode(swDecom: null, swReason: "MANAGE")
            .SocialWorkerEpisode(swId: null, swDecom: "01/04/2023", swDec: "01/05/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/05/2023", swDec: "01/06/2023", swReason: null)
            .SocialWorkerEpisode(swId: null, swDecom: "31/03/2023", swReason: null) // before: SW01aSTG1's
            .SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE");
        Assert.Equal([(2, "SW_DECOM"), (3, "SW_ID"), (4, "SW_REASON")], submission.Run(Rule).Select(i => (i.Row!.Value, i.Field!)));
    }
}
