using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule186Tests
{
    private static readonly Rule186 Rule = new();

    private static TestReturn Child(string dob, string? score = null, string? reason = null, string decom = "01/01/2023") =>
        new TestReturn().Header(dob: dob).Episode(decom: decom).Oc2(dob: dob, sdqScore: score, sdqReason: reason);

    [Theory]
    [InlineData("01/01/2012")]
    [InlineData("01/04/2020")] // 4 on 1 April
    [InlineData("01/04/2008")] // 17 only after 31 March
    public void No_score_and_no_reason_for_a_child_aged_4_to_16_looked_after_all_year_is_flagged(string dob)
    {
        var issue = Assert.Single(Child(dob).Run(Rule));
        Assert.Equal(("186", "oc2", 2, "SDQ_SCORE"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("02/04/2020")] // 4 after 1 April
    [InlineData("31/03/2008")] // 17 on 31 March
    public void Children_outside_the_ages_are_not_flagged(string dob)
    {
        Assert.Empty(Child(dob).Run(Rule));
    }

    [Fact]
    public void A_score_or_a_reason_or_a_child_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(Child("01/01/2012", score: "5").Run(Rule));
        Assert.Empty(Child("01/01/2012", reason: "SDQ4").Run(Rule));
        Assert.Empty(Child("01/01/2012", decom: "02/04/2024").Run(Rule));
    }
}
