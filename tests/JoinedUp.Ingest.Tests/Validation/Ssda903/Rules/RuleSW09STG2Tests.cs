using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW09STG2Tests
{
    private static readonly RuleSW09STG2 Rule = new();

    [Theory]
    [InlineData("01/05/2024", "01/05/2024", true)]
    [InlineData("01/05/2024", "02/05/2024", false)]
    [InlineData("01/05/2024", null, false)]
    public void An_episode_ending_the_day_it_began_is_flagged(string start, string? end, bool flagged)
    {
        var issues = new TestReturn().Header().SocialWorkerEpisode(swDecom: start, swDec: end, swReason: "MANAGE").Run(Rule);
        Assert.Equal(flagged ? [(2, "SW_DEC")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
