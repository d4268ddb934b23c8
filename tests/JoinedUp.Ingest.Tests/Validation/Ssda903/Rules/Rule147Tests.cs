using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule147Tests
{
    private static readonly Rule147 Rule = new();

    [Theory]
    [InlineData("30/02/2025")]
    [InlineData("1/6/24x")]
    public void An_end_date_that_is_not_a_date_is_flagged(string dec)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(dec: dec, rec: "E8").Run(Rule));
        Assert.Equal(("147", 2, "DEC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData(null)]
    public void Valid_or_blank_end_dates_are_not_flagged(string? dec) =>
        Assert.Empty(new TestReturn().Header().Episode(dec: dec, rec: dec is null ? null : "E8").Run(Rule));
}
