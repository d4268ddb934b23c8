using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule503BTests
{
    private static readonly Rule503B Rule = new();

    private static TestReturn LastYear(string? value, string? dec = null) =>
        new TestReturn(2024).Header().Episode(decom: "01/02/2024", ls: value, dec: dec, rec: dec is null ? null : "E13");

    [Theory]
    [InlineData("C1", "C2")]
    [InlineData(null, "C2")]
    [InlineData("C1", null)]
    public void A_first_episode_unlike_last_years_open_episode_is_flagged_naming_the_return(string? before, string? now)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", ls: now).WithPrevious(LastYear(before));

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("503B", 2, "LS"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Theory]
    [InlineData("C1", "C1", null)]
    [InlineData(null, null, null)]
    [InlineData("C1", "C2", "01/03/2024")] // last year's episode had ended
    public void Edges_are_not_flagged(string? before, string? now, string? dec)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", ls: now).WithPrevious(LastYear(before, dec));
        Assert.Empty(submission.Run(Rule));
    }
}
