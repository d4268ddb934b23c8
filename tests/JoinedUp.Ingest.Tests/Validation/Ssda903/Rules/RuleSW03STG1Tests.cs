using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW03STG1Tests
{
    private static readonly RuleSW03STG1 Rule = new();

    [Fact]
    public void Each_incomplete_episode_is_flagged_on_its_first_blank_field()
    {
        var submission = new TestReturn(2024).Header()
            .SocialWorkerEpisode(swId: null, swDecom: "01/05/2023", swDec: "01/06/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: null, swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/06/2023", swReason: null)
            .SocialWorkerEpisode(swDecom: "01/07/2023", swReason: "MANAGE");
        Assert.Equal([(2, "SW_ID"), (3, "SW_DECOM"), (4, "SW_REASON")], submission.Run(Rule).Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void Replaced_from_2024_25() => Assert.Equal((2024, 2024), (Rule.Years.First, Rule.Years.Last));
}
