using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule460Tests
{
    [Theory]
    [InlineData("E17", "14/06/2024", true)] // staying put the day before 18
    [InlineData("E17", "15/06/2024", false)]
    public void The_reason_is_judged_against_the_age_on_the_day_the_episode_ended(string rec, string dec, bool flagged) =>
        CeasedAtAgeCases.ReasonIsJudgedOnTheDayTheEpisodeEnded(new Rule460(), rec, dec, flagged);

    [Fact]
    public void Open_episodes_and_unknown_dates_of_birth_are_not_judged()
    {
        Assert.Empty(new TestReturn().Header(dob: "15/06/2006").Episode(decom: "01/01/2019", dec: null, rec: "E17").Run(new Rule460()));
        Assert.Empty(new TestReturn().Header(dob: null).Episode(decom: "01/01/2019", dec: "14/06/2024", rec: "E17").Run(new Rule460()));
    }
}
