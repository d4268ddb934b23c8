using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule545Tests
{
    private static readonly Rule545 Rule = new();

    private static TestReturn Child(string dob, string? healthCheck = null, string decom = "01/01/2023") =>
        new TestReturn().Header(dob: dob).Episode(decom: decom).Oc2(dob: dob, sdqScore: null, convicted: null, healthCheck: healthCheck);

    [Fact]
    public void No_health_promotion_for_a_child_under_5_looked_after_all_year_is_flagged()
    {
        var issue = Assert.Single(Child("01/04/2020").Run(Rule));
        Assert.Equal(("545", "oc2", 2, "HEALTH_CHECK"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void Five_on_31_March_completed_or_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(Child("31/03/2020").Run(Rule));
        Assert.Empty(Child("01/01/2022", healthCheck: "0").Run(Rule));
        Assert.Empty(Child("01/01/2022", decom: "01/05/2024").Run(Rule));
    }
}
