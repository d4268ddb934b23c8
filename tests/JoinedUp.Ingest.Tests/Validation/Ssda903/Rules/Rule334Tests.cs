using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule334Tests
{
    private static readonly Rule334 Rule = new();

    [Fact]
    public void A_decision_before_the_latest_period_of_care_began_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/04/2024", rne: "S", dec: "01/05/2024", rec: "E13")
            .Episode(decom: "01/06/2024", rne: "S")
            .Ad1(dateInt: "31/05/2024", dateMatch: "01/09/2024", lsAdoptr: "L11");
        Assert.Equal(["ad1:2:DATE_INT", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("01/06/2024")] // the day the period of care began
    [InlineData(null)]
    public void Edges_are_not_flagged(string? dateInt)
    {
        var submission = new TestReturn().Episode(decom: "01/06/2024", rne: "S").Ad1(dateInt: dateInt, lsAdoptr: "L11");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void A_child_whose_care_began_before_the_year_is_not_checked() =>
        Assert.Empty(new TestReturn().Episode(decom: "01/06/2024", rne: "P").Ad1(dateInt: "01/01/2020", lsAdoptr: "L11").Found(Rule));
}
