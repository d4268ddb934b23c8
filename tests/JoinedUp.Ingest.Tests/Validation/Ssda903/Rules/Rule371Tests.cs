using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule371Tests
{
    [Theory]
    [InlineData("H5", 2024)]
    [InlineData("K3", 2025)]
    [InlineData("K3", 2026)]
    public void A_child_placed_before_16_is_flagged_with_the_years_placement_code(string place, int year) =>
        PlacementMinimumAgeCases.DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(new Rule371(), place, 16, year);

    [Fact]
    public void The_placement_moved_from_H5_to_K3_in_2024_25()
    {
        Assert.Empty(new TestReturn(2025).Header(dob: "01/01/2012").Episode(place: "H5").Run(new Rule371()));
        Assert.Empty(new TestReturn(2024).Header(dob: "01/01/2012").Episode(decom: "01/05/2023", place: "K3").Run(new Rule371()));
    }
}
