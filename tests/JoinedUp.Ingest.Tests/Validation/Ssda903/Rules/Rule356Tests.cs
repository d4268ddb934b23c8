using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule356Tests
{
    private static readonly Rule356 Rule = new();

    [Fact]
    public void An_episode_ending_before_it_began_is_flagged_on_its_own_row()
    {
        var submission = new TestReturn()
            .Header()
            .Episode(decom: "01/05/2024", dec: "30/04/2024", rec: "E11")
            .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E11");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("356", "episodes", 2, "DEC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains("30/04/2024", issue.Message);
    }

    [Theory]
    [InlineData("01/05/2024", "01/05/2024")] // the same day is rule 355's, not this one's
    [InlineData("01/05/2024", null)] // still open
    [InlineData("01/05/2024", "31/13/2024")] // DEC not a date: rule 147's
    [InlineData(null, "30/04/2024")] // DECOM blank: rule 141's
    public void Edges_are_not_flagged(string? decom, string? dec)
    {
        var submission = new TestReturn().Header().Episode(decom: decom, dec: dec, rec: dec is null ? null : "E11");
        Assert.Empty(submission.Run(Rule));
    }
}
