using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule554Tests
{
    private static readonly Rule554 Rule = new();

    [Fact]
    public void A_decision_after_the_placement_order_is_flagged_with_the_first_order_episode()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/08/2024", ls: "E1")
            .Episode(decom: "01/06/2024", ls: "E1", dec: "01/08/2024", rec: "X1")
            .PlacedForAdoption(datePlaced: "02/06/2024");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("01/06/2024")] // the day the order began
    [InlineData("01/01/2024")]
    [InlineData(null)]
    public void A_decision_on_or_before_the_order_is_not_flagged(string? placed) =>
        Assert.Empty(new TestReturn().Episode(decom: "01/06/2024", ls: "E1").PlacedForAdoption(datePlaced: placed).Found(Rule));

    [Fact]
    public void A_child_without_a_placement_order_is_not_checked() =>
        Assert.Empty(new TestReturn().Episode(decom: "01/06/2024", ls: "C2").PlacedForAdoption(datePlaced: "01/07/2024").Found(Rule));
}
