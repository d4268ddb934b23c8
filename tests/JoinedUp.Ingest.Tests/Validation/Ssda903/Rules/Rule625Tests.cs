using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule625Tests
{
    private static readonly Rule625 Rule = new();

    [Theory]
    [InlineData("01/04/2025", null, true)] // after the year's end
    [InlineData("31/03/2025", null, false)] // on the year's end, still looked after
    [InlineData("02/06/2024", "01/06/2024", true)] // after the child left care
    [InlineData("01/06/2024", "01/06/2024", false)] // the day the child left care
    public void The_mothers_childs_birth_after_the_year_or_after_care_ended_is_flagged(string mcDob, string? dec, bool flagged)
    {
        var submission = new TestReturn().Header(sex: "2", mother: "1", mcDob: mcDob).Episode(decom: "01/05/2024", dec: dec, rec: dec is null ? null : "E11");
        var issues = submission.Run(Rule);
        if (!flagged) Assert.Empty(issues);
        else Assert.Equal(("625", "header", 2, "MC_DOB"), (Assert.Single(issues).RuleCode, issues[0].Table, issues[0].Row, issues[0].Field));
    }

    [Fact]
    public void An_earlier_episode_that_ended_does_not_count_when_the_latest_is_still_open()
    {
        var submission = new TestReturn().Header(sex: "2", mother: "1", mcDob: "01/07/2024")
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E4A")
            .Episode(decom: "01/08/2024");
        Assert.Empty(submission.Run(Rule));
    }
}
