using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW02STG1Tests
{
    private static readonly RuleSW02STG1 Rule = new();

    [Fact]
    public void An_id_not_beginning_SW_or_XX_is_flagged()
    {
        var submission = new TestReturn().Header()
            .SocialWorkerEpisode(swId: "AB1234", swDecom: "01/05/2024", swDec: "01/06/2024", swReason: "MANAGE")
            .SocialWorkerEpisode(swId: "sw1234", swDecom: "01/06/2024", swReason: "MANAGE");
        Assert.Equal(["sw_episodes:2", "sw_episodes:3"], submission.Flagged(Rule));
        Assert.Equal("SW_ID", submission.Run(Rule)[0].Field);
    }

    [Theory]
    [InlineData("SW0001")]
    [InlineData("XX")]
    [InlineData(null)] // blank: SW03STG1's / SW01a-bSTG1's
    public void Edges_are_not_flagged(string? id) =>
        Assert.Empty(new TestReturn().Header().SocialWorkerEpisode(swId: id, swReason: "MANAGE").Run(Rule));
}
