using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule331Tests
{
    private static readonly Rule331 Rule = new();

    [Fact]
    public void A_match_after_the_adoptive_placement_began_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", place: "U1", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", place: "A3", dec: "01/12/2024", rec: "E11")
            .Ad1(dateInt: "01/04/2024", dateMatch: "02/07/2024", lsAdoptr: "L11");
        Assert.Equal(["ad1:2:DATE_MATCH", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("01/07/2024", "E11")] // the same day
    [InlineData("30/06/2024", "E12")]
    [InlineData("02/07/2024", "E13")] // not adopted: rule 602's
    public void Edges_are_not_flagged(string match, string rec)
    {
        var submission = new TestReturn()
            .Episode(decom: "01/07/2024", place: "A3", dec: "01/12/2024", rec: rec)
            .Ad1(dateInt: "01/04/2024", dateMatch: match, lsAdoptr: "L11");
        Assert.Empty(submission.Found(Rule));
    }
}
