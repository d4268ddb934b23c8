using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW08STG2Tests
{
    private static readonly RuleSW08STG2 Rule = new();

    [Fact]
    public void An_open_episode_that_is_not_the_latest_is_flagged()
    {
        var submission = new TestReturn().Header()
            .SocialWorkerEpisode(swDecom: "01/07/2024", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/05/2024", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/04/2024", swDec: "30/04/2024", swReason: "MANAGE");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal((3, "SW_DEC"), (issue.Row!.Value, issue.Field));
    }

    [Fact]
    public void The_latest_open_episode_and_a_single_episode_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().SocialWorkerEpisode(swDecom: "01/05/2024").Run(Rule));
        Assert.Empty(new TestReturn().Header()
            .SocialWorkerEpisode(swDecom: "01/05/2024", swDec: "01/06/2024")
            .SocialWorkerEpisode(swDecom: "01/06/2024").Run(Rule));
    }
}
