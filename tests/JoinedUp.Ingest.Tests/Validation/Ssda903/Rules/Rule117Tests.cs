using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule117Tests
{
    private static readonly Rule117 Rule = new();

    [Fact]
    public void Decisions_after_the_end_of_the_collection_year_are_flagged()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024")
            .PlacedForAdoption(datePlaced: "01/04/2025")
            .PlacedForAdoption(datePlaced: "01/06/2024", datePlacedCeased: "01/04/2025", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "placed_for_adoption:3:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void A_decision_after_the_child_left_care_is_flagged_with_the_latest_episode()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", dec: "01/10/2024", rec: "E13")
            .PlacedForAdoption(datePlaced: "01/06/2024", datePlacedCeased: "02/10/2024", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED", "episodes:3:DEC"], submission.Found(Rule));
    }

    [Fact]
    public void Decisions_on_the_last_day_of_the_year_or_of_care_are_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", decom: "01/05/2024", dec: "01/10/2024", rec: "E13")
            .PlacedForAdoption(child: "C1", datePlaced: "01/06/2024", datePlacedCeased: "01/10/2024", reasonPlacedCeased: "RD1")
            .Episode(child: "C2", decom: "01/05/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "31/03/2025");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void An_episode_ending_in_a_move_X1_is_not_the_end_of_care()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", dec: "01/07/2024", rec: "X1")
            .PlacedForAdoption(datePlaced: "01/08/2024");
        Assert.Empty(submission.Found(Rule));
    }
}
