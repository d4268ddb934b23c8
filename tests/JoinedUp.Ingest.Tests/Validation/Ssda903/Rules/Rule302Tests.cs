using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule302Tests
{
    private static readonly Rule302 Rule = new();

    [Fact]
    public void Only_the_first_episode_by_start_date_is_judged_and_reported_with_the_header()
    {
        var submission = new TestReturn()
            .Header(dob: "10/05/2024")
            .Episode(decom: "20/05/2024")
            .Episode(decom: "09/05/2024", dec: "20/05/2024", rec: "E11")
            .Episode(decom: "08/05/2024", dec: "09/05/2024", rec: "E11");

        var issues = submission.Run(Rule);
        Assert.Equal(["episodes:4:DECOM", "header:2:DOB"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
        Assert.All(issues, i => Assert.DoesNotContain("10/05/2024", i.Message));
    }

    [Theory]
    [InlineData("10/05/2024")] // born the day the first episode began
    [InlineData("01/01/2012")]
    public void A_first_episode_on_or_after_the_birth_is_not_flagged(string dob) =>
        Assert.Empty(new TestReturn().Header(dob: dob).Episode(decom: "10/05/2024").Run(Rule));

    [Fact]
    public void No_header_or_no_valid_dates_means_no_judgement()
    {
        Assert.Empty(new TestReturn().Episode(decom: "01/05/2024").Run(Rule));
        Assert.Empty(new TestReturn().Header(dob: null).Episode(decom: "01/05/2024").Run(Rule));
        Assert.Empty(new TestReturn().Header(dob: "10/05/2024").Episode(decom: "xx").Run(Rule));
    }
}
