using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW11aSTG2Tests
{
    private static readonly RuleSW11aSTG2 Rule = new();

    [Theory]
    [InlineData("06/06/2023", false)] // 5 days after the end
    [InlineData("07/06/2023", true)] // 6 days after
    [InlineData("27/05/2023", false)] // 5 days before
    [InlineData("26/05/2023", true)]
    public void The_next_episode_must_begin_within_5_days_of_an_end_before_the_last_5_days(string next, bool flagged)
    {
        var submission = new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/04/2023", swDec: "01/06/2023", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: next, swReason: "LEFTRL");
        var issues = submission.Run(Rule);
        Assert.Equal(flagged ? [(2, "SW_DEC")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void An_end_in_the_last_5_days_or_with_no_later_episode_is_not_flagged()
    {
        Assert.Empty(new TestReturn(2024).Header()
            .SocialWorkerEpisode(swDecom: "01/04/2023", swDec: "27/03/2024", swReason: "MANAGE")
            .SocialWorkerEpisode(swDecom: "01/01/2024", swReason: "LEFTRL").Run(Rule));
        Assert.Empty(new TestReturn(2024).Header().SocialWorkerEpisode(swDecom: "01/04/2023", swDec: "01/06/2023", swReason: "MANAGE").Run(Rule));
        Assert.Equal((2024, 2024), (Rule.Years.First, Rule.Years.Last));
    }
}
