using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule503ATests
{
    private static readonly Rule503A Rule = new();

    private static TestReturn LastYear(string? value, string? dec = null) =>
        new TestReturn(2024).Header().Episode(decom: "01/02/2024", rne: value, dec: dec, rec: dec is null ? null : "E13");

    [Theory]
    [InlineData("S", "P")]
    [InlineData(null, "P")]
    [InlineData("S", null)]
    public void A_first_episode_unlike_last_years_open_episode_is_flagged_naming_the_return(string? before, string? now)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", rne: now).WithPrevious(LastYear(before));

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("503A", 2, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Theory]
    [InlineData("S", "S", null)]
    [InlineData(null, null, null)]
    [InlineData("S", "P", "01/03/2024")] // last year's episode had ended
    public void Edges_are_not_flagged(string? before, string? now, string? dec)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", rne: now).WithPrevious(LastYear(before, dec));
        Assert.Empty(submission.Run(Rule));
    }
}
