using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule522Tests
{
    private static readonly Rule522 Rule = new();

    [Fact]
    public void A_decision_that_ceased_before_it_was_made_is_flagged()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/06/2024", datePlacedCeased: "31/05/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C2", datePlaced: "01/06/2024", datePlacedCeased: "01/07/2024", reasonPlacedCeased: "RD1");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("placed_for_adoption", 2, "DATE_PLACED_CEASED"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("31/05/2024", issue.Message);
    }

    [Theory]
    [InlineData("01/06/2024", "01/06/2024")] // the same day
    [InlineData("01/06/2024", null)]
    [InlineData(null, "31/05/2024")]
    [InlineData("01/06/2024", "not a date")]
    public void Edges_are_not_flagged(string? placed, string? ceased) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlaced: placed, datePlacedCeased: ceased, reasonPlacedCeased: "RD1").Found(Rule));
}
