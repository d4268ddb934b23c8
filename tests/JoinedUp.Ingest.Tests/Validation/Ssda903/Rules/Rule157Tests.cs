using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>2024/25: 1 April 2024 to 31 March 2025; the child is looked after since January 2023 unless a test says otherwise.</summary>
public sealed class Rule157Tests
{
    private static readonly Rule157 Rule = new();

    private static TestReturn LookedAfterAllYear(string dob, string? reason = "SDQ1") =>
        new TestReturn().Header(dob: dob).Episode(decom: "01/01/2023").Oc2(dob: dob, sdqScore: null, sdqReason: reason);

    [Theory]
    [InlineData("01/01/2012")]
    [InlineData("01/04/2020")] // 4 on 1 April
    [InlineData("01/04/2008")] // 17 only after 31 March
    public void SDQ1_for_a_child_aged_4_to_16_all_year_is_flagged(string dob)
    {
        var issue = Assert.Single(LookedAfterAllYear(dob).Run(Rule));
        Assert.Equal(("157", "oc2", 2, "SDQ_REASON"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("02/04/2020")] // 4 only after 1 April
    [InlineData("31/03/2008")] // 17 on 31 March
    public void A_child_outside_the_ages_is_not_flagged(string dob)
    {
        Assert.Empty(LookedAfterAllYear(dob).Run(Rule));
    }

    [Fact]
    public void Another_reason_a_child_not_looked_after_all_year_or_no_episodes_table_is_not_flagged()
    {
        Assert.Empty(LookedAfterAllYear("01/01/2012", "SDQ2").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/05/2024").Oc2(sdqScore: null, sdqReason: "SDQ1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Oc2(sdqScore: null, sdqReason: "SDQ1").Run(Rule));
    }
}
