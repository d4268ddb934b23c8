using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule197BTests
{
    private static readonly Rule197B Rule = new();

    private static TestReturn Child(string dob, string? score = null, string? reason = null, string decom = "01/01/2023") =>
        new TestReturn().Header(dob: dob).Episode(decom: decom).Oc2(dob: dob, sdqScore: score, sdqReason: reason);

    [Theory]
    [InlineData("01/04/2020")] // 4 on 1 April
    [InlineData("31/03/2021")] // 4 on 31 March
    [InlineData("01/04/2007")] // 17 on 1 April
    [InlineData("31/03/2008")] // 17 on 31 March
    public void No_score_and_no_reason_for_a_child_turning_4_or_17_in_the_year_is_flagged(string dob)
    {
        var issue = Assert.Single(Child(dob).Run(Rule));
        Assert.Equal(("197B", "oc2", 2, "SDQ_REASON"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("31/03/2020")] // 4 the day before the year
    [InlineData("01/04/2021")] // 4 the day after
    [InlineData("31/03/2007")] // 17 the day before
    [InlineData("01/01/2012")]
    public void Other_ages_are_not_flagged(string dob)
    {
        Assert.Empty(Child(dob).Run(Rule));
    }

    [Fact]
    public void A_score_or_reason_or_a_child_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(Child("01/04/2020", score: "3").Run(Rule));
        Assert.Empty(Child("01/04/2020", reason: "SDQ1").Run(Rule));
        Assert.Empty(Child("01/04/2020", decom: "02/04/2024").Run(Rule));
    }
}
