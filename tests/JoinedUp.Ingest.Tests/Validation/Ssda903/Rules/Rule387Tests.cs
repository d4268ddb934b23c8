using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule387Tests
{
    [Theory]
    [InlineData("E5", "14/06/2020", true)] // independent living the day before 14
    [InlineData("E6", "15/06/2020", false)]
    public void The_reason_is_judged_against_the_age_on_the_day_the_episode_ended(string rec, string dec, bool flagged) =>
        CeasedAtAgeCases.ReasonIsJudgedOnTheDayTheEpisodeEnded(new Rule387(), rec, dec, flagged);
}
