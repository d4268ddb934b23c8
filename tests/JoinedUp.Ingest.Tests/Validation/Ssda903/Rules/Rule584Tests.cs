using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule584Tests
{
    private static readonly Rule584 Rule = new();

    [Fact]
    public void After_a_decision_ceased_last_year_a_decision_on_or_before_it_or_undated_is_flagged()
    {
        var previous = new TestReturn(2024).PlacedForAdoption(datePlaced: "01/02/2024", datePlacedCeased: "01/03/2024", reasonPlacedCeased: "RD1");
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/02/2024")
            .PlacedForAdoption(datePlaced: "01/01/2024", datePlacedCeased: "01/05/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: null)
            .PlacedForAdoption(datePlaced: "02/02/2024")
            .WithPrevious(previous);
        var issues = submission.Run(Rule);
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "placed_for_adoption:3:DATE_PLACED", "placed_for_adoption:4:DATE_PLACED"], submission.Found(Rule));
        Assert.All(issues, i => Assert.Contains("the 2023/24 return", i.Message));
    }

    [Fact]
    public void After_an_open_decision_last_year_nothing_is_flagged()
    {
        var previous = new TestReturn(2024).PlacedForAdoption(datePlaced: "01/02/2024");
        var submission = new TestReturn().PlacedForAdoption(datePlaced: "01/01/2024").WithPrevious(previous, fromStore: true);
        Assert.Empty(submission.Found(Rule));
    }
}
