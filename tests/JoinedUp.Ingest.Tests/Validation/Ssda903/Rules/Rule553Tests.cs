using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule553Tests
{
    private static readonly Rule553 Rule = new();

    [Fact]
    public void Each_placement_order_episode_of_a_child_without_a_decision_date_is_flagged()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", ls: "E1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", ls: "E1")
            .Episode(child: "C2", ls: "C2")
            .Supplied(Ssda903Tables.PlacedForAdoption);
        Assert.Equal(["episodes:2:LS", "episodes:3:LS"], submission.Found(Rule));
    }

    [Fact]
    public void While_the_order_is_open_the_latest_decision_cannot_have_ceased()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", ls: "E1")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/06/2024", reasonPlacedCeased: "RD1")
            .Episode(child: "C2", decom: "01/05/2024", ls: "E1")
            .PlacedForAdoption(child: "C2", datePlaced: "01/04/2024", datePlacedCeased: null, reasonPlacedCeased: "RD4");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED", "placed_for_adoption:3:REASON_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void An_open_latest_decision_an_ended_order_or_a_missing_table_is_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", decom: "01/05/2024", ls: "E1")
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024", datePlacedCeased: "01/03/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C1", datePlaced: "01/04/2024")
            .Episode(child: "C2", decom: "01/05/2024", ls: "E1", dec: "01/07/2024", rec: "E13")
            .PlacedForAdoption(child: "C2", datePlaced: "01/04/2024", datePlacedCeased: "01/07/2024", reasonPlacedCeased: "RD1");
        Assert.Empty(submission.Found(Rule));
        Assert.Empty(new TestReturn().Episode(ls: "E1").Found(Rule));
    }

    [Fact]
    public void A_freeing_order_is_not_this_rules() =>
        Assert.Empty(new TestReturn(2024).Episode(ls: "D1").Supplied(Ssda903Tables.PlacedForAdoption).Found(Rule));
}
