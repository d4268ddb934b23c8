using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule372Tests
{
    [Fact]
    public void A_child_placed_in_R5_before_10_is_flagged() => PlacementMinimumAgeCases.DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(new Rule372(), "R5", 10, 2025);

    [Fact]
    public void An_open_episode_is_judged_too() =>
        Assert.Equal(["episodes:2"], new TestReturn().Header(dob: "01/01/2016").Episode(decom: "01/05/2024", place: "R5", dec: null).Flagged(new Rule372()));

    [Fact]
    public void No_valid_date_of_birth_or_DECOM_means_no_judgement()
    {
        Assert.Empty(new TestReturn().Header(dob: null).Episode(place: "R5").Run(new Rule372()));
        Assert.Empty(new TestReturn().Episode(place: "R5").Run(new Rule372()));
        Assert.Empty(new TestReturn().Header(dob: "01/01/2020").Episode(decom: "31/02/2024", place: "R5").Run(new Rule372()));
    }
}
