using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>386, 387, 389, 407, 460's shared case: the reason an episode ended against the child's age on DEC (born 15/06/2006, so 18 on 15/06/2024).</summary>
internal static class CeasedAtAgeCases
{
    public static void ReasonIsJudgedOnTheDayTheEpisodeEnded(Ssda903Rule rule, string rec, string dec, bool flagged)
    {
        var submission = new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/01/2019", dec: dec, rec: rec)
            .Episode(decom: "01/01/2019", dec: dec, rec: "E4A");
        var issues = submission.Run(rule);
        if (!flagged)
        {
            Assert.Empty(issues);
            return;
        }
        var issue = Assert.Single(issues);
        Assert.Equal((rule.Code, "episodes", 2, "REC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains(dec, issue.Message);
    }
}
