using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule602Tests
{
    private static readonly Rule602 Rule = new();

    [Fact]
    public void Adoption_details_for_a_child_not_adopted_this_year_are_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", place: "A3")
            .Ad1(child: "C1", lsAdoptr: "L11")
            .Episode(child: "C2", place: "A3", dec: "31/03/2024", rec: "E11")
            .Ad1(child: "C2", dateInt: null, dateMatch: null, fosterCare: "1", nbAdoptr: null, sexAdoptr: null, lsAdoptr: null);
        Assert.Equal(["ad1:2:CHILD", "ad1:3:CHILD"], submission.Found(Rule));
    }

    [Fact]
    public void Details_for_a_child_adopted_this_year_or_a_blank_row_are_not_flagged()
    {
        var submission = new TestReturn()
            .Episode(child: "C1", place: "A3", dec: "31/03/2025", rec: "E12")
            .Ad1(child: "C1", lsAdoptr: "L11")
            .Episode(child: "C2", place: "A3")
            .Ad1(child: "C2", dateInt: null, dateMatch: null, fosterCare: null, nbAdoptr: null, sexAdoptr: null, lsAdoptr: null);
        Assert.Empty(submission.Found(Rule));
    }
}
