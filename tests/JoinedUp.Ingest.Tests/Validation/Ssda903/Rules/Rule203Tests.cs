using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule203Tests
{
    private static readonly Rule203 Rule = new();

    [Theory]
    [InlineData("16/03/2020", "16/03/2020", false)]
    [InlineData("23/09/2016", "22/09/2016", true)]
    [InlineData("23/09/2016", null, false)] // nothing recorded last year
    [InlineData(null, "22/09/2016", false)] // blank now is rule 102's
    [InlineData("31/06/2020", "30/06/2020", false)] // not a date now: rule 102's
    public void Dob_must_agree_with_last_years(string? now, string? before, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B", dob: before);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B", dob: now).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Theory]
    [InlineData("23/09/2016", "01/09/2016", false)] // the store holds the month: same month agrees
    [InlineData("23/09/2016", "01/10/2016", true)]
    [InlineData("23/09/2016", "01/09/2017", true)]
    public void From_the_store_the_month_is_compared(string now, string before, bool flagged)
    {
        var last = new TestReturn(2024).Header(dob: before);
        var issues = new TestReturn(2025).Header(dob: now).WithPrevious(last, fromStore: true).Run(Rule);
        Assert.Equal(flagged ? 1 : 0, issues.Count);
        if (flagged) Assert.Contains("month", issues[0].Message);
    }
}
