using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule504Tests
{
    private static readonly Rule504 Rule = new();

    [Fact]
    public void A_continuing_episode_with_another_category_of_need_is_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", cin: "N1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "P", cin: "N2");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("504", 3, "CIN"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Fact]
    public void The_same_category_of_need_and_a_new_period_of_care_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/05/2024", cin: "N1", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "P", cin: "N1", dec: "01/07/2024", rec: "E13")
            .Episode(decom: "01/08/2024", rne: "S", cin: "N4");

        Assert.Empty(submission.Run(Rule));
    }
}
