using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule231Tests
{
    private static readonly Rule231 Rule = new();

    // 2024/25 ends on 31/03/2025: a UASC child born after 31/03/2014 is under 11 then.
    [Theory]
    [InlineData("01/04/2014", true, true)]
    [InlineData("31/03/2014", true, false)] // 11 on the last day
    [InlineData("30/03/2014", true, false)]
    [InlineData("01/04/2014", false, false)] // not UASC
    public void A_uasc_child_under_11_at_the_year_end_is_flagged(string dob, bool uasc, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A", dob: "01/01/2008").Header(child: "B", dob: dob);
        if (uasc) submission.Uasc(child: "B", dob: dob, duc: "01/04/2032");
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void Applies_from_2024_25()
    {
        Assert.DoesNotContain(Ssda903RuleSet.For(2024), r => r.Code == "231");
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "231");
        Assert.Contains(Ssda903RuleSet.For(2026), r => r.Code == "231");
    }
}
