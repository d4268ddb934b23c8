using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule386Tests
{
    [Theory]
    [InlineData("E11", "15/06/2024", true)] // adopted on the 18th birthday
    [InlineData("E12", "14/06/2024", false)]
    public void The_reason_is_judged_against_the_age_on_the_day_the_episode_ended(string rec, string dec, bool flagged) =>
        CeasedAtAgeCases.ReasonIsJudgedOnTheDayTheEpisodeEnded(new Rule386(), rec, dec, flagged);
}
