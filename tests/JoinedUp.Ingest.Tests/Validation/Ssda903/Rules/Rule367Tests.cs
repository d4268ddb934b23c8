using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule367Tests
{
    private static readonly Rule367 Rule = new();

    [Fact]
    public void Short_breaks_adding_up_to_76_days_in_the_year_flag_each_counted_break()
    {
        var submission = new TestReturn().Header()
            .Episode(ls: "V3", decom: "25/03/2024", dec: "10/04/2024", rec: "E8") // 9 days in the year (from 1 April)
            .Episode(ls: "V3", decom: "01/05/2024", dec: "18/05/2024", rec: "E8") // 17
            .Episode(ls: "V3", decom: "01/06/2024", dec: "18/06/2024", rec: "E8") // 17
            .Episode(ls: "V3", decom: "01/07/2024", dec: "18/07/2024", rec: "E8") // 17
            .Episode(ls: "V3", decom: "15/03/2025") // open: 16 days to 31 March
            .Episode(ls: "V3", decom: "01/01/2024", dec: "15/01/2024", rec: "E8"); // before the year: 0
        var issues = submission.Run(Rule);
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, issues.Select(i => i.Row!.Value));
        Assert.Contains("76 days", issues[0].Message);
    }

    [Fact]
    public void Exactly_75_days_or_other_legal_statuses_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header()
            .Episode(ls: "V3", decom: "01/05/2024", dec: "18/05/2024", rec: "E8")
            .Episode(ls: "V3", decom: "01/06/2024", dec: "18/06/2024", rec: "E8")
            .Episode(ls: "V3", decom: "01/07/2024", dec: "18/07/2024", rec: "E8")
            .Episode(ls: "V3", decom: "01/08/2024", dec: "18/08/2024", rec: "E8")
            .Episode(ls: "V3", decom: "01/09/2024", dec: "08/09/2024", rec: "E8").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(ls: "V4", decom: "01/05/2024").Run(Rule));
    }
}
