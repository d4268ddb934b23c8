using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule225Tests
{
    private static readonly Rule225 Rule = new();

    [Theory]
    [InlineData("P")]
    [InlineData("B")]
    [InlineData("T")]
    [InlineData("U")]
    public void A_placement_change_without_a_reason_is_flagged_on_the_episode_that_ended(string rne)
    {
        var issue = Assert.Single(new TestReturn().Header()
            .Episode(decom: "01/07/2024", rne: rne, place: "U4") // row 2: next
            .Episode(decom: "01/05/2024", dec: "01/07/2024", rec: "X1") // row 3: ended, no reason
            .Run(Rule));
        Assert.Equal(("225", 3, "REASON_PLACE_CHANGE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("U1", "X1", "CARPL", "P", "U4")] // reason given
    [InlineData("U1", "X1", null, "L", "U1")] // legal status change only
    [InlineData("T1", "X1", null, "P", "U1")] // from a temporary placement
    [InlineData("U1", "X1", null, "P", "T2")] // into a temporary placement
    [InlineData("U1", "E8", null, "S", "U4")] // care ended
    public void Other_cases_are_not_flagged(string place, string rec, string? reason, string nextRne, string nextPlace) =>
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/05/2024", place: place, dec: "01/07/2024", rec: rec, reasonPlaceChange: reason)
            .Episode(decom: "01/07/2024", rne: nextRne, place: nextPlace).Run(Rule));
}
