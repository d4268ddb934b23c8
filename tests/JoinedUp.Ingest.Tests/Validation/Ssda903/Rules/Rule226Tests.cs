using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule226Tests
{
    private static readonly Rule226 Rule = new();

    [Fact]
    public void A_reason_on_a_temporary_placement_or_on_the_episode_before_it_is_flagged_on_the_temporary_one()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1", reasonPlaceChange: "CARPL") // row 2
            .Episode(decom: "01/06/2024", rne: "P", place: "T1", dec: "05/06/2024", rec: "X1") // row 3: before had a reason
            .Episode(decom: "05/06/2024", rne: "P", dec: "01/08/2024", rec: "X1") // row 4
            .Episode(decom: "01/08/2024", rne: "P", place: "T3", reasonPlaceChange: "OTHER"); // row 5: own reason
        Assert.Equal(new[] { "episodes:3", "episodes:5" }, submission.Flagged(Rule));
    }

    [Fact]
    public void Temporary_placements_without_reasons_and_the_first_episode_are_not_flagged() =>
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/05/2024", place: "T0", dec: "03/05/2024", rec: "X1")
            .Episode(decom: "03/05/2024", rne: "P", reasonPlaceChange: "CARPL").Run(Rule));
}
