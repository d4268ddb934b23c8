using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule503FTests
{
    private static readonly Rule503F Rule = new();

    private static TestReturn LastYear(string? value, string? dec = null) =>
        new TestReturn(2024).Header().Episode(decom: "01/02/2024", urn: value, dec: dec, rec: dec is null ? null : "E13");

    [Theory]
    [InlineData("SC123456", "SC654321")]
    [InlineData(null, "SC654321")]
    [InlineData("SC123456", null)]
    public void A_first_episode_unlike_last_years_open_episode_is_flagged_naming_the_return(string? before, string? now)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", urn: now).WithPrevious(LastYear(before));

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("503F", 2, "URN"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Theory]
    [InlineData("SC123456", "SC123456", null)]
    [InlineData(null, null, null)]
    [InlineData("SC123456", "SC654321", "01/03/2024")] // last year's episode had ended
    public void Edges_are_not_flagged(string? before, string? now, string? dec)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", urn: now).WithPrevious(LastYear(before, dec));
        Assert.Empty(submission.Run(Rule));
    }
}
