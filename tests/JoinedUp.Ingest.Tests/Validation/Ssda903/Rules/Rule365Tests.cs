using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule365Tests
{
    private static readonly Rule365 Rule = new();

    [Fact]
    public void A_short_break_of_18_days_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(ls: "V3", decom: "01/05/2024", dec: "19/05/2024", rec: "E8").Run(Rule));
        Assert.Equal(("365", 2, "DEC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void An_open_short_break_counts_to_the_end_of_the_year() =>
        Assert.Single(new TestReturn().Header().Episode(ls: "V3", decom: "01/03/2025").Run(Rule));

    [Theory]
    [InlineData("V3", "01/05/2024", "18/05/2024")] // 17 days
    [InlineData("V3", "20/03/2025", null)] // open, 11 days to 31 March
    [InlineData("V4", "01/05/2024", "19/06/2024")]
    [InlineData("V3", "01/05/2024", "bad")]
    public void Other_cases_are_not_flagged(string ls, string decom, string? dec) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: ls, decom: decom, dec: dec, rec: dec is null ? null : "E8").Run(Rule));
}
