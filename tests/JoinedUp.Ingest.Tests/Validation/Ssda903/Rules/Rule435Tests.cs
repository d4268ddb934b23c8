using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule435Tests
{
    private static readonly Rule435 Rule = new();

    [Theory]
    [InlineData("P")]
    [InlineData("T")]
    public void A_placement_change_with_a_legal_status_change_is_flagged(string rne)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: rne, ls: "C2", place: "K2");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("435", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void A_placement_change_in_the_same_placement_is_flagged_and_blanks_match()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", urn: null, dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "P", urn: null);

        Assert.Equal(["episodes:3"], submission.Flagged(Rule));
    }

    [Theory]
    [InlineData("K2", "N2 2BB", "PR1")]
    [InlineData("U1", "N3 3CC", "PR1")]
    [InlineData("U1", "N2 2BB", "PR4")]
    public void A_placement_change_shown_in_the_episodes_is_not_flagged(string place, string plPost, string provider)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "T", place: place, plPost: plPost, placeProvider: provider);

        Assert.Empty(submission.Run(Rule));
    }
}
