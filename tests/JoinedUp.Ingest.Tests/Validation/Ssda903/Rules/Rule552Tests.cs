using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule552Tests
{
    private static readonly Rule552 Rule = new();

    [Fact]
    public void A_placement_for_adoption_before_the_decision_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", place: "U1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", place: "A4")
            .PlacedForAdoption(datePlaced: "02/06/2024");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("01/06/2024")] // the same day
    [InlineData("31/05/2024")]
    public void A_placement_on_or_after_the_decision_is_not_flagged(string placed)
    {
        var submission = new TestReturn().Episode(decom: "01/06/2024", place: "A3").PlacedForAdoption(datePlaced: placed);
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void A_later_decision_after_an_earlier_one_ceased_does_not_make_the_placement_wrong()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/06/2024", place: "A3")
            .PlacedForAdoption(datePlaced: "01/05/2024", datePlacedCeased: "01/08/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "01/09/2024");
        Assert.Empty(submission.Found(Rule));
    }
}
