using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW14STG2Tests
{
    private static readonly RuleSW14STG2 Rule = new();

    [Fact]
    public void A_blank_end_on_an_episode_that_is_not_the_latest_is_flagged()
    {
        var submission = new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/05/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/06/2023", swReason: "MANAGE");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal((2, "SW_DEC"), (issue.Row!.Value, issue.Field));
    }

    [Fact]
    public void The_latest_may_be_open_and_the_rule_ends_in_2023_24()
    {
        Assert.Empty(new TestReturn(2024).Header().SocialWorkerEpisode(swDecom: "01/05/2023", swDec: "01/06/2023").SocialWorkerEpisode(swDecom: "01/06/2023").Run(Rule));
        Assert.False(Rule.Years.Contains(2025));
    }
}
