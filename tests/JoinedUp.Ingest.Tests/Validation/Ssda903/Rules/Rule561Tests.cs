using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule561Tests
{
    private static readonly Rule561 Rule = new();

    [Theory]
    [InlineData("01/03/2024", "RD1")]
    [InlineData("01/03/2024", null)]
    [InlineData(null, "RD1")]
    public void A_decision_with_the_date_of_one_that_ceased_last_year_is_flagged(string? ceased, string? reason)
    {
        var previous = new TestReturn(2024).PlacedForAdoption(datePlaced: "01/02/2024", datePlacedCeased: ceased, reasonPlacedCeased: reason);
        var submission = new TestReturn().PlacedForAdoption(datePlaced: "01/02/2024").WithPrevious(previous);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("placed_for_adoption", 2, "DATE_PLACED"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Fact]
    public void The_same_open_decision_or_a_new_one_is_not_flagged()
    {
        var previous = new TestReturn(2024)
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/02/2024", datePlacedCeased: "01/03/2024", reasonPlacedCeased: "RD1");
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/05/2024")
            .WithPrevious(previous);
        Assert.Empty(submission.Found(Rule));
    }
}
