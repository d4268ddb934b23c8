using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule521Tests
{
    private static readonly Rule521 Rule = new();

    [Fact]
    public void Each_placement_for_adoption_before_the_decision_is_flagged_with_the_AD1_row_once()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/05/2024", place: "A4", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", place: "A6", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", place: "A6")
            .Ad1(dateInt: "01/07/2024", dateMatch: "01/08/2024", lsAdoptr: "L11");
        Assert.Equal(["ad1:2:DATE_INT", "episodes:2:DECOM", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Fact]
    public void Other_placements_and_blank_decisions_are_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", decom: "01/05/2024", place: "U1")
            .Ad1(child: "C1", dateInt: "01/07/2024", lsAdoptr: "L11")
            .Episode(child: "C2", decom: "01/05/2024", place: "A3")
            .Ad1(child: "C2", dateInt: null, lsAdoptr: "L11");
        Assert.Empty(submission.Found(Rule));
    }
}
