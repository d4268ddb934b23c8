using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule551Tests
{
    private static readonly Rule551 Rule = new();

    [Fact]
    public void Each_placement_for_adoption_of_a_child_without_a_decision_date_is_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", decom: "01/05/2024", place: "U1", dec: "01/06/2024", rec: "X1")
            .Episode(child: "C1", decom: "01/06/2024", place: "A4", dec: "01/07/2024", rec: "X1")
            .Episode(child: "C1", decom: "01/07/2024", place: "A6")
            .Episode(child: "C2", decom: "01/05/2024", place: "A3")
            .PlacedForAdoption(child: "C2", datePlaced: null)
            .PlacedForAdoption(child: "C3", datePlaced: "01/05/2024");
        Assert.Equal(["episodes:3:PLACE", "episodes:4:PLACE", "episodes:5:PLACE"], submission.Found(Rule));
    }

    [Fact]
    public void A_placement_with_a_decision_date_or_another_placement_type_is_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", place: "A5")
            .PlacedForAdoption(child: "C1", datePlaced: "01/04/2024")
            .Episode(child: "C2", place: "U1")
            .Supplied(Ssda903Tables.PlacedForAdoption);
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void Without_the_PlacedAdoption_table_nothing_is_flagged() =>
        Assert.Empty(new TestReturn().Episode(place: "A3").Found(Rule));
}
