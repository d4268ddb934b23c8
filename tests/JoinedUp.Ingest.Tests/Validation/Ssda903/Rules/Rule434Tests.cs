using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule434Tests
{
    private static readonly Rule434 Rule = new();

    [Fact]
    public void A_legal_status_change_with_the_same_legal_status_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "L", ls: "C1");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("434", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("K2", "N2 2BB", "SC123456", "PR1")]
    [InlineData("U1", "N3 3CC", "SC123456", "PR1")]
    [InlineData("U1", "N2 2BB", "SC654321", "PR1")]
    [InlineData("U1", "N2 2BB", null, "PR1")]
    [InlineData("U1", "N2 2BB", "SC123456", "PR4")]
    public void A_legal_status_change_with_a_placement_change_is_flagged(string place, string plPost, string? urn, string provider)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "L", ls: "C2", place: place, plPost: plPost, urn: urn, placeProvider: provider);

        Assert.Equal(["episodes:3"], submission.Flagged(Rule));
    }

    [Fact]
    public void A_legal_status_change_in_the_same_placement_is_not_flagged_and_blanks_match()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", ls: "C1", plPost: "N2 2BB", urn: null, dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "L", ls: "C2", plPost: "n22bb", urn: null)
            .Header(child: "C2").Episode(child: "C2", rne: "L", ls: "C2"); // a first episode is not compared

        Assert.Empty(submission.Run(Rule));
    }
}
