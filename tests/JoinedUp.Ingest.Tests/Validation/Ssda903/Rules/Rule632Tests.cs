using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule632Tests
{
    [Theory]
    [InlineData("01/01/2020", false)]
    [InlineData("zz/04/2024", false)] // read as 30/04/2024: before 01/05/2024
    [InlineData("zz/05/2024", true)] // read as 31/05/2024: after the episode began
    [InlineData("zz/zz/2023", false)]
    [InlineData("ZZ/ZZ/2024", true)] // read as 31/12/2024
    [InlineData("01/05/2024", true)] // the same day
    [InlineData("31/02/2020", true)] // not a date
    [InlineData("01/zz/2020", true)] // a known day in an unknown month is not allowed
    [InlineData("2020", true)]
    [InlineData(null, false)]
    public void The_order_date_must_be_a_date_before_care_began(string? date, bool flagged)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/06/2024", rne: "P")
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rne: "S", rec: "X1")
            .PreviousPermanence(prevPerm: "P1", laPerm: "302", datePerm: date);
        var issues = submission.Run(new Rule632());
        Assert.Equal(flagged ? [("previous_permanence", 2, "DATE_PERM")] : [], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }
}
