using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule432Tests
{
    private static readonly Rule432 Rule = new();

    [Theory]
    [InlineData("E13", "P")]
    [InlineData("E4A", "L")]
    [InlineData("E45", "B")]
    public void After_leaving_care_an_episode_that_is_not_a_new_start_is_flagged(string rec, string rne)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: rec)
            .Episode(decom: "10/06/2024", rne: rne);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("432", 3, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains(rec, issue.Message);
    }

    [Theory]
    [InlineData("E13", "S")]
    [InlineData("X1", "P")]
    public void Edges_are_not_flagged(string rec, string rne)
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: rec)
            .Episode(decom: "01/06/2024", rne: rne);
        Assert.Empty(submission.Run(Rule));
    }

    [Fact]
    public void The_first_episode_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(rne: "P").Run(Rule));
    }
}
