using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule546Tests
{
    private static readonly Rule546 Rule = new();

    private static TestReturn Child(string dob, string? healthCheck = "1", string decom = "01/01/2023") =>
        new TestReturn().Header(dob: dob).Episode(decom: decom).Oc2(dob: dob, healthCheck: healthCheck);

    [Theory]
    [InlineData("31/03/2020")] // 5 on 31 March
    [InlineData("01/01/2012")]
    public void Health_promotion_for_a_child_5_or_over_looked_after_all_year_is_flagged(string dob)
    {
        var issue = Assert.Single(Child(dob).Run(Rule));
        Assert.Equal(("546", "oc2", 2, "HEALTH_CHECK"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void Under_5_blank_or_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(Child("01/04/2020").Run(Rule));
        Assert.Empty(Child("01/01/2012", healthCheck: null).Run(Rule));
        Assert.Empty(Child("01/01/2012", decom: "01/05/2024").Run(Rule)); // rule 190's
    }
}
