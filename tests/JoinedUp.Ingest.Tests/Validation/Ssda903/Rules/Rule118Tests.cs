using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule118Tests
{
    private static readonly Rule118 Rule = new();

    [Fact]
    public void A_decision_ceasing_before_the_collection_year_is_flagged()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/01/2024", rne: "P")
            .PlacedForAdoption(datePlaced: "01/02/2024", datePlacedCeased: "31/03/2024", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void A_decision_ceasing_before_the_first_episode_other_than_a_short_break_is_flagged_with_it()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/04/2024", ls: "V3", dec: "05/04/2024", rec: "E13")
            .Episode(decom: "01/06/2024", ls: "C2")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "31/05/2024", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("01/04/2024")] // the first day of the year, and of the episode
    [InlineData(null)]
    public void Edges_are_not_flagged(string? ceased)
    {
        var submission = new TestReturn()
            .Episode(decom: "01/04/2024")
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: ceased, reasonPlacedCeased: "RD1");
        Assert.Empty(submission.Found(Rule));
    }
}
