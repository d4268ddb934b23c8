using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule560Tests
{
    private static readonly Rule560 Rule = new();

    [Fact]
    public void An_open_decision_last_year_with_another_date_this_year_is_flagged()
    {
        var previous = new TestReturn(2024).PlacedForAdoption(datePlaced: "01/02/2024");
        var submission = new TestReturn().PlacedForAdoption(datePlaced: "02/02/2024").WithPrevious(previous);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("placed_for_adoption", 2, "DATE_PLACED"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
        Assert.Contains("01/02/2024", issue.Message);
    }

    [Fact]
    public void The_same_decision_carried_on_or_one_that_had_ceased_is_not_flagged()
    {
        var previous = new TestReturn(2024)
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/02/2024", datePlacedCeased: "01/03/2024", reasonPlacedCeased: "RD1");
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024", datePlacedCeased: "01/10/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C1", datePlaced: "01/11/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/09/2024")
            .PlacedForAdoption(child: "C3", datePlaced: "01/09/2024")
            .WithPrevious(previous, fromStore: true);
        Assert.Empty(submission.Found(Rule));
    }
}
