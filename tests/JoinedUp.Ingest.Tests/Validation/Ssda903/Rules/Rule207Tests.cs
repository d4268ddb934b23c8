using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule207Tests
{
    private static readonly Rule207 Rule = new();

    private static TestReturn LastYear(string? mother) => new TestReturn(2024).Header(sex: "2", mother: mother).Episode(decom: "01/05/2023");

    [Theory]
    [InlineData("0")]
    [InlineData(null)]
    public void A_mother_last_year_recorded_otherwise_this_year_is_flagged_naming_the_return(string? mother)
    {
        var submission = new TestReturn().Header(sex: "2", mother: mother).Episode().WithPrevious(LastYear("1"));
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("207", "header", 2, "MOTHER"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains("2023/24 return", issue.Message);
    }

    [Fact]
    public void Not_flagged_when_still_a_mother_never_a_mother_not_looked_after_not_in_last_year_or_no_previous_return()
    {
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "1").Episode().WithPrevious(LastYear("1")).Run(Rule));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").Episode().WithPrevious(LastYear("0")).Run(Rule));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").WithPrevious(LastYear("1")).Run(Rule));
        Assert.Empty(new TestReturn().Header(child: "C2", sex: "2", mother: "0").Episode(child: "C2").WithPrevious(LastYear("1")).Run(Rule));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").Episode().Run(Rule));
    }

    [Fact]
    public void A_previous_return_from_the_store_is_compared_too()
    {
        var submission = new TestReturn().Header(sex: "2", mother: "0").Episode().WithPrevious(LastYear("1"), fromStore: true);
        Assert.Equal(["header:2"], submission.Flagged(Rule));
    }
}
