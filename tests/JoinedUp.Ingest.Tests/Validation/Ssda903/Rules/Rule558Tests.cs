using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule558Tests
{
    private static readonly Rule558 Rule = new();

    [Fact]
    public void An_adopted_child_whose_latest_of_several_decisions_ceased_is_flagged()
    {
        var submission = new TestReturn()
            .Episode(place: "A3", ls: "E1", dec: "01/12/2024", rec: "E11")
            .PlacedForAdoption(datePlaced: "01/09/2024", datePlacedCeased: "01/11/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/06/2024", reasonPlacedCeased: "RD1");
        Assert.Equal(["episodes:2:REC", "placed_for_adoption:2:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void An_open_latest_decision_a_single_decision_or_no_adoption_is_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", dec: "01/12/2024", rec: "E12")
            .PlacedForAdoption(child: "C1", datePlaced: "01/04/2024", datePlacedCeased: "01/06/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C1", datePlaced: "01/07/2024")
            .Episode(child: "C2", dec: "01/12/2024", rec: "E11")
            .PlacedForAdoption(child: "C2", datePlaced: "01/04/2024", datePlacedCeased: "01/06/2024", reasonPlacedCeased: "RD1")
            .Episode(child: "C3", dec: "01/12/2024", rec: "E13")
            .PlacedForAdoption(child: "C3", datePlaced: "01/04/2024", datePlacedCeased: "01/06/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C3", datePlaced: "01/07/2024", datePlacedCeased: "01/09/2024", reasonPlacedCeased: "RD1");
        Assert.Empty(submission.Found(Rule));
    }
}
