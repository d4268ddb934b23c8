using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule557Tests
{
    private static readonly Rule557 Rule = new();

    [Fact]
    public void Leaving_care_unadopted_with_an_open_decision_flags_the_episode_and_the_decision()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", place: "A5", ls: "E1", dec: "01/09/2024", rec: "E13")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/09/2024", reasonPlacedCeased: null);
        Assert.Equal(["episodes:2:REC", "placed_for_adoption:2:REASON_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void Leaving_care_unadopted_with_no_decision_at_all_flags_the_episode_when_the_table_was_supplied()
    {
        var submission = new TestReturn().Episode(place: "U1", ls: "E1", dec: "01/09/2024", rec: "E4A").Supplied(Ssda903Tables.PlacedForAdoption);
        Assert.Equal(["episodes:2:REC"], submission.Found(Rule));
        Assert.Empty(new TestReturn().Episode(place: "U1", ls: "E1", dec: "01/09/2024", rec: "E4A").Found(Rule));
    }

    [Theory]
    [InlineData("E11")] // adopted
    [InlineData("E12")]
    [InlineData("X1")] // moved, still looked after
    [InlineData(null)] // still open
    public void Adoption_a_move_or_an_open_episode_is_not_flagged(string? rec)
    {
        var submission = new TestReturn()
            .Episode(place: "A3", ls: "E1", dec: rec is null ? null : "01/09/2024", rec: rec)
            .PlacedForAdoption(datePlaced: "01/04/2024");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void A_closed_decision_is_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(place: "A6", dec: "01/09/2024", rec: "E13")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/09/2024", reasonPlacedCeased: "RD1");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void A_freeing_order_counts_until_2023_24_only()
    {
        TestReturn Freed(int year) => new TestReturn(year)
            .Episode(decom: $"01/05/{year - 1}", place: "U1", ls: "D1", dec: $"01/09/{year - 1}", rec: "E13")
            .PlacedForAdoption(datePlaced: $"01/04/{year - 1}");
        Assert.Equal(["episodes:2:REC", "placed_for_adoption:2:DATE_PLACED_CEASED"], Freed(2024).Found(Rule));
        Assert.Empty(Freed(2025).Found(Rule));
        Assert.Empty(Freed(2026).Found(Rule));
    }
}
