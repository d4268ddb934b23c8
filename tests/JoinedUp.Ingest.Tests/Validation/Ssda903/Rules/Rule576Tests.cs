using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule576Tests
{
    private static readonly Rule576 Rule = new();

    private static TestReturn LastYear() => new TestReturn(2024).Header()
        .Missing(misStart: "01/02/2024", misEnd: "02/02/2024")
        .Missing(misStart: "20/03/2024", misEnd: null);

    [Fact]
    public void An_open_period_not_carried_over_is_flagged_on_this_years_earliest_row_naming_the_return()
    {
        var submission = new TestReturn().Header()
            .Missing(misStart: "01/06/2024", misEnd: null)
            .Missing(misStart: "21/03/2024", misEnd: "05/04/2024")
            .WithPrevious(LastYear());
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("576", "missing", 3, "MIS_START"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains("2023/24 return", issue.Message);
    }

    [Fact]
    public void A_child_with_no_missing_rows_this_year_is_flagged_on_the_header()
    {
        var submission = new TestReturn().Header().Supplied(Ssda903Tables.Missing).WithPrevious(LastYear());
        Assert.Equal(["header:2"], submission.Flagged(Rule));
    }

    [Fact]
    public void Not_flagged_when_carried_over_closed_last_year_no_missing_table_or_no_previous_return()
    {
        Assert.Empty(new TestReturn().Header().Missing(misStart: "20/03/2024", misEnd: "05/04/2024").WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header().Missing().WithPrevious(new TestReturn(2024).Header().Missing(misStart: "01/02/2024", misEnd: "02/02/2024")).Run(Rule));
        Assert.Empty(new TestReturn().Header().WithPrevious(LastYear()).Run(Rule));
        Assert.Empty(new TestReturn().Header().Missing().Run(Rule));
    }
}
