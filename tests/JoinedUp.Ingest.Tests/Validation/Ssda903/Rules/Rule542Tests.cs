using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule542Tests
{
    private static readonly Rule542 Rule = new();

    [Fact]
    public void Conviction_information_for_a_child_under_10_at_31_March_is_flagged()
    {
        var submission = new TestReturn().Header(dob: "01/04/2015").Oc2(dob: "01/04/2015", convicted: "0");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("542", "oc2", 2, "CONVICTED"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_child_10_on_31_March_or_convicted_blank_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header(dob: "31/03/2015").Oc2(dob: "31/03/2015", convicted: "0").Run(Rule));
        Assert.Empty(new TestReturn().Header(dob: "01/01/2020").Oc2(dob: "01/01/2020", convicted: null).Run(Rule));
    }

    [Fact]
    public void The_age_is_at_the_end_of_the_returns_own_year()
    {
        // 2025/26 ends 31 March 2026: born 1 April 2015 is 10 by then.
        Assert.Empty(new TestReturn(year: 2026).Header(dob: "01/04/2015").Oc2(dob: "01/04/2015", convicted: "0").Run(Rule));
        Assert.Single(new TestReturn(year: 2024).Header(dob: "31/03/2015").Oc2(dob: "31/03/2015", convicted: "0").Run(Rule));
    }
}
