using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW16STG2Tests
{
    private static TestReturn LastYear(string? swDec = null) => new TestReturn(2024).Header()
        .SocialWorkerEpisode(swId: "SW1", swDecom: "01/04/2023", swDec: "01/06/2023", swReason: "MANAGE")
        .SocialWorkerEpisode(swId: "SW2", swDecom: "01/06/2023", swDec: swDec, swReason: "LEFTRL");

    [Fact]
    public void The_first_episode_must_carry_over_last_years_open_episode()
    {
        var submission = new TestReturn(2025).Header()
            .SocialWorkerEpisode(swId: "SW3", swDecom: "01/07/2024", swReason: "ORGRST")
            .SocialWorkerEpisode(swId: "SW9", swDecom: "02/06/2023", swDec: "01/07/2024", swReason: "MANAGE")
            .WithPrevious(LastYear());
        var a = Assert.Single(submission.Run(new RuleSW16aSTG2()));
        Assert.Equal(("SW16aSTG2", 3, "SW_ID"), (a.RuleCode, a.Row!.Value, a.Field));
        Assert.Contains("the 2023/24 return", a.Message);
        Assert.Equal(["sw_episodes:3"], submission.Flagged(new RuleSW16bSTG2()));
        Assert.Equal(["sw_episodes:3"], submission.Flagged(new RuleSW16cSTG2()));
    }

    [Fact]
    public void A_matching_first_episode_last_years_ended_episode_or_no_previous_return_is_not_flagged()
    {
        TestReturn This() => new TestReturn(2025).Header().SocialWorkerEpisode(swId: "SW2", swDecom: "01/06/2023", swReason: "LEFTRL");
        Ssda903Rule[] rules = [new RuleSW16aSTG2(), new RuleSW16bSTG2(), new RuleSW16cSTG2()];
        foreach (var rule in rules)
        {
            Assert.True(rule.NeedsPreviousReturn);
            Assert.Empty(This().WithPrevious(LastYear()).Run(rule));
            Assert.Empty(new TestReturn(2025).Header().SocialWorkerEpisode(swId: "SW7", swDecom: "01/07/2024", swReason: "MANAGE").WithPrevious(LastYear(swDec: "30/06/2024")).Run(rule));
            Assert.Empty(new TestReturn(2025).Header().SocialWorkerEpisode(swId: "SW7", swDecom: "01/07/2024", swReason: "MANAGE").Run(rule));
        }
    }

    [Fact]
    public void From_the_store_the_worker_id_is_not_compared_but_the_date_and_reason_are()
    {
        var submission = new TestReturn(2025).Header().SocialWorkerEpisode(swId: "SW3", swDecom: "01/07/2024", swReason: "ORGRST").WithPrevious(LastYear(), fromStore: true);
        Assert.Empty(submission.Run(new RuleSW16aSTG2()));
        Assert.Single(submission.Run(new RuleSW16bSTG2()));
        Assert.Single(submission.Run(new RuleSW16cSTG2()));
    }
}
