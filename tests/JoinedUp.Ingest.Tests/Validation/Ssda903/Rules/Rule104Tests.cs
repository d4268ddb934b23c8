using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule104Tests
{
    private static readonly Rule104 Rule = new();

    [Theory]
    [InlineData("01/04/2024", false)] // the first day of 2024/25
    [InlineData("31/03/2025", false)]
    [InlineData("01/01/2030", false)]
    [InlineData(null, false)] // blank is not this rule's
    [InlineData("31/03/2024", true)] // the day before the year began
    [InlineData("01/01/2019", true)]
    [InlineData("INVALID/DATE", true)]
    public void Duc_must_be_a_date_not_before_the_collection_year(string? duc, bool flagged)
    {
        var submission = new TestReturn().Header().Uasc(duc: "01/01/2030").Uasc(child: "C2", duc: duc);
        Assert.Equal(flagged ? ["uasc:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void The_message_says_why()
    {
        var issue = Assert.Single(new TestReturn().Uasc(duc: "31/03/2024").Run(Rule));
        Assert.Equal("DUC", issue.Field);
        Assert.Contains("01/04/2024", issue.Message);
    }
}
