using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule202Tests
{
    private static readonly Rule202 Rule = new();

    [Theory]
    [InlineData("M", "1", false)] // the code list changed in 2024/25: 1 and M are both male
    [InlineData("F", "2", false)]
    [InlineData("F", "1", true)]
    [InlineData("M", "2", true)]
    [InlineData("U", "2", true)] // recorded female last year, unknown now
    [InlineData(null, "1", true)]
    [InlineData("F", null, false)] // nothing recorded last year
    public void Sex_must_agree_with_last_years_by_meaning(string? now, string? before, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A", sex: "1").Header(child: "B", sex: before);
        var submission = new TestReturn(2025).Header(child: "A", sex: "M").Header(child: "B", sex: now).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void The_message_names_the_return_compared_with_and_works_from_the_store()
    {
        var last = new TestReturn(2024).Header(sex: "2");
        var issue = Assert.Single(new TestReturn(2025).Header(sex: "M").WithPrevious(last, fromStore: true).Run(Rule));
        Assert.Contains("the 2023/24 return", issue.Message);
        Assert.Equal("SEX", issue.Field);
    }

    [Fact]
    public void A_child_new_this_year_or_no_previous_return_is_not_checked()
    {
        var last = new TestReturn(2024).Header(child: "OTHER", sex: "2");
        Assert.Empty(new TestReturn(2025).Header(sex: "M").WithPrevious(last).Run(Rule));
        Assert.Empty(new TestReturn(2025).Header(sex: "M").Run(Rule));
    }
}
