using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule205DTests
{
    private static readonly Rule205D Rule = new();

    [Fact]
    public void A_child_uasc_now_but_in_last_years_return_without_uasc_is_flagged()
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B").Header(child: "C").Uasc(child: "C", duc: "01/01/2030");
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B").Header(child: "C").Header(child: "D")
            .Uasc(child: "B", duc: "01/01/2030").Uasc(child: "C", duc: "01/01/2030").Uasc(child: "D", duc: "01/01/2030").WithPrevious(last);
        // B was in last year's return without UASC; C was UASC then; D is new this year
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("uasc", 2, "CHILD"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Fact]
    public void Not_checked_when_last_years_return_had_no_uasc_table()
    {
        var last = new TestReturn(2024).Header();
        Assert.Empty(new TestReturn(2025).Header().Uasc().WithPrevious(last).Run(Rule));
        Assert.Single(new TestReturn(2025).Header().Uasc().WithPrevious(new TestReturn(2024).Header().Supplied(Ssda903Tables.Uasc)).Run(Rule));
    }
}
