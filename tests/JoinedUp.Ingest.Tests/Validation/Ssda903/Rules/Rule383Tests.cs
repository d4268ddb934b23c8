using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule383Tests
{
    private static readonly Rule383 Rule = new();

    [Theory]
    [InlineData("P", "U6")] // a different placement afterwards
    [InlineData("L", "U4")] // not a placement change
    public void A_temporary_placement_not_followed_by_a_return_to_the_usual_one_is_flagged(string afterRne, string afterPlace)
    {
        var issue = Assert.Single(new TestReturn().Header()
            .Episode(decom: "10/05/2024", rne: afterRne, place: afterPlace) // row 2: after
            .Episode(decom: "01/05/2024", rne: "P", place: "T1", dec: "10/05/2024", rec: "X1") // row 3: temporary
            .Episode(decom: "01/04/2024", place: "U4", dec: "01/05/2024", rec: "X1") // row 4: before
            .Run(Rule));
        Assert.Equal(("383", 3, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void A_return_to_the_same_placement_type_or_a_temporary_episode_at_either_end_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/04/2024", place: "U4", dec: "01/05/2024", rec: "X1")
            .Episode(decom: "01/05/2024", rne: "P", place: "T1", dec: "10/05/2024", rec: "X1")
            .Episode(decom: "10/05/2024", rne: "P", place: "U4").Run(Rule));
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/04/2024", place: "U4", dec: "01/05/2024", rec: "X1")
            .Episode(decom: "01/05/2024", rne: "P", place: "T1").Run(Rule));
    }
}
