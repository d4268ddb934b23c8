using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule580Tests
{
    [Fact]
    public void Rule_580_flags_an_episode_ending_on_the_18th_birthday_while_missing_without_E8()
    {
        var submission = new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "15/06/2024", rec: "E4A")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "15/06/2024");
        var issue = Assert.Single(submission.Run(new Rule580()));
        Assert.Equal(("580", "episodes", 2, "REC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));

        Assert.Empty(new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "15/06/2024", rec: "E8")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "15/06/2024").Run(new Rule580()));
        Assert.Empty(new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "14/06/2024", rec: "E4A")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "14/06/2024").Run(new Rule580()));
    }
}
