using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule389Tests
{
    [Theory]
    [InlineData("E7", "14/06/2022", true)] // adult social care the day before 16
    [InlineData("E7", "15/06/2022", false)]
    public void The_reason_is_judged_against_the_age_on_the_day_the_episode_ended(string rec, string dec, bool flagged) =>
        CeasedAtAgeCases.ReasonIsJudgedOnTheDayTheEpisodeEnded(new Rule389(), rec, dec, flagged);
}
