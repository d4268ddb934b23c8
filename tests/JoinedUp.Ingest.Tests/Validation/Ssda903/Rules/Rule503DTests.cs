using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule503DTests
{
    private static readonly Rule503D Rule = new();

    private static TestReturn LastYear(string? value, string? dec = null) =>
        new TestReturn(2024).Header().Episode(decom: "01/02/2024", place: value, dec: dec, rec: dec is null ? null : "E13");

    [Theory]
    [InlineData("U1", "K2")]
    [InlineData(null, "K2")]
    [InlineData("U1", null)]
    public void A_first_episode_unlike_last_years_open_episode_is_flagged_naming_the_return(string? before, string? now)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", place: now).WithPrevious(LastYear(before));

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("503D", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
    }

    [Theory]
    [InlineData("U1", "U1", null)]
    [InlineData(null, null, null)]
    [InlineData("U1", "K2", "01/03/2024")] // last year's episode had ended
    public void Edges_are_not_flagged(string? before, string? now, string? dec)
    {
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", place: now).WithPrevious(LastYear(before, dec));
        Assert.Empty(submission.Run(Rule));
    }
}

public sealed class Rule503DSupportedAccommodationTests
{
    private static readonly Rule503D Rule = new();

    private static TestReturn Submission(int year) =>
        new TestReturn(year).Header().Episode(decom: "01/02/2024", place: "K3")
            .WithPrevious(new TestReturn(year - 1).Header().Episode(decom: "01/02/2024", place: "H5"));

    [Fact]
    public void An_open_H5_placement_carried_into_2024_25_as_K3_is_accepted_that_year_only()
    {
        Assert.Empty(Submission(2025).Run(Rule));
        Assert.Equal(["episodes:2"], Submission(2026).Flagged(Rule));
        Assert.Equal(["episodes:2"], Submission(2024).Flagged(Rule));
    }
}
