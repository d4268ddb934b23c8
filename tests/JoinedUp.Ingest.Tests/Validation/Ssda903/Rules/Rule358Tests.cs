using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule358Tests
{
    private static readonly Rule358 Rule = new();

    [Fact]
    public void A_youth_justice_status_before_the_10th_birthday_is_flagged_on_LS()
    {
        var submission = new TestReturn()
            .Header(dob: "15/06/2014")
            .Episode(decom: "14/06/2024", ls: "J1", dec: "15/06/2024", rec: "E11")
            .Episode(decom: "15/06/2024", ls: "J2", dec: "16/06/2024", rec: "E11")
            .Episode(decom: "16/06/2024", ls: "J3")
            .Episode(decom: "01/05/2024", ls: "C2", dec: "14/06/2024", rec: "E11");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("358", "episodes", 2, "LS"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void No_date_of_birth_means_no_judgement() =>
        Assert.Empty(new TestReturn().Header(dob: null).Episode(ls: "J1").Run(Rule));
}
