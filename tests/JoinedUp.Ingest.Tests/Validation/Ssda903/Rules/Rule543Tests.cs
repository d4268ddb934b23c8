using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule543Tests
{
    private static readonly Rule543 Rule = new();

    private static TestReturn Child(string dob, string? convicted = null, string decom = "01/01/2023", int year = 2025) =>
        new TestReturn(year).Header(dob: dob).Episode(decom: decom).Oc2(dob: dob, convicted: convicted, healthCheck: null);

    [Theory]
    [InlineData("31/03/2015")] // 10 on 31 March
    [InlineData("01/01/2008")]
    public void No_conviction_information_for_a_child_10_or_over_looked_after_all_year_is_flagged(string dob)
    {
        var issue = Assert.Single(Child(dob).Run(Rule));
        Assert.Equal(("543", "oc2", 2, "CONVICTED"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void Under_10_completed_or_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(Child("01/04/2015").Run(Rule));
        Assert.Empty(Child("01/01/2012", convicted: "0").Run(Rule));
        Assert.Empty(Child("01/01/2012", decom: "02/04/2024").Run(Rule));
    }

    [Fact]
    public void The_returns_own_year_decides_age_and_cohort()
    {
        // 2025/26: 1 April 2025 to 31 March 2026.
        Assert.Single(Child("01/04/2015", decom: "01/04/2025", year: 2026).Run(Rule));
        Assert.Empty(Child("01/04/2015", decom: "02/04/2025", year: 2026).Run(Rule));
    }
}
