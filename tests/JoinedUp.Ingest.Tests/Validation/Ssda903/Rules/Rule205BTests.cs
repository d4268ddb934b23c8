using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule205BTests
{
    private static readonly Rule205B Rule = new();

    // The child was born on 14/06/2007: the 18th birthday is 14/06/2025, within 2025/26 (01/04/2025 to 31/03/2026).
    [Theory]
    [InlineData("14/06/2025", "14/06/2025", false)] // last year's DUC the 18th birthday; still that date
    [InlineData("14/06/2025", "01/06/2025", false)] // ceased within this year
    [InlineData("14/06/2025", "31/03/2026", false)]
    [InlineData("14/06/2025", "01/04/2026", true)] // after this year and not last year's date
    [InlineData("14/06/2025", null, true)]
    [InlineData("16/06/2025", "16/06/2025", true)] // last year's DUC was not the 18th birthday
    [InlineData(null, "01/06/2025", true)]
    public void Uasc_both_years_needs_the_18th_birthday_last_year_and_a_fitting_date_now(string? ducBefore, string? ducNow, bool flagged)
    {
        var last = new TestReturn(2025).Header(child: "A").Header(child: "B", dob: "14/06/2007").Uasc(child: "B", dob: "14/06/2007", duc: ducBefore);
        var submission = new TestReturn(2026).Header(child: "A").Header(child: "B", dob: "14/06/2007").Uasc(child: "A", duc: "01/01/2030")
            .Uasc(child: "B", dob: "14/06/2007", duc: ducNow).WithPrevious(last);
        Assert.Equal(flagged ? ["uasc:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void From_the_store_last_years_duc_is_compared_with_the_month_of_the_18th_birthday()
    {
        // the store keeps the month of birth: 01/06/2007
        var last = new TestReturn(2025).Header(dob: "01/06/2007").Uasc(dob: "01/06/2007", duc: "14/06/2025");
        Assert.Empty(new TestReturn(2026).Header(dob: "14/06/2007").Uasc(dob: "14/06/2007", duc: "14/06/2025").WithPrevious(last, fromStore: true).Run(Rule));

        var wrongMonth = new TestReturn(2025).Header(dob: "01/06/2007").Uasc(dob: "01/06/2007", duc: "14/07/2025");
        var issue = Assert.Single(new TestReturn(2026).Header(dob: "14/06/2007").Uasc(dob: "14/06/2007", duc: "14/07/2025").WithPrevious(wrongMonth, fromStore: true).Run(Rule));
        Assert.Contains("month", issue.Message);
    }

    [Fact]
    public void A_child_uasc_in_one_year_only_is_not_this_rules()
    {
        var last = new TestReturn(2025).Header();
        Assert.Empty(new TestReturn(2026).Header().Uasc(duc: "01/01/2040").WithPrevious(last).Run(Rule));
    }
}
