using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Web.Uploads;

namespace JoinedUp.Web.Tests.Uploads;

/// <summary>The upload page's issue table: each code described for the return's year, and counted in full even when the list of failures is capped.</summary>
public sealed class RuleSummaryTests
{
    private static ValidationIssue Issue(string code, int row, string field = "ETHNIC") =>
        new(code, "row message", "header.csv", "header", row, "C1", field, IssueSeverity.Flagged);

    [Fact]
    public void Counts_come_from_the_submissions_counts_not_the_capped_list()
    {
        var key = new SubmissionKey("309", ReturnKind.Ssda903, 2025);
        var submission = new ImportedSubmission(key.ToString(), 5, 5, false, [Issue("103", 2), Issue("103", 3)])
        {
            Submission = key,
            IssueCounts = new Dictionary<string, int> { ["103"] = 12_345, ["356"] = 7 },
        };

        var summary = RuleSummary.Of([submission]);

        Assert.Equal(["103", "356"], summary.Select(r => r.Code));
        Assert.Equal([12_345, 7], summary.Select(r => r.Count));
        Assert.Equal(Ssda903RuleSet.Describe("103", 2025)!.Message, summary[0].Description);
        Assert.Equal(Ssda903RuleSet.Describe("356", 2025)!.Message, summary[1].Description);
        Assert.Equal(["ETHNIC"], summary[0].Fields);
        Assert.Equal(Ssda903RuleSet.Describe("356", 2025)!.Fields, summary[1].Fields);
    }

    [Fact]
    public void Without_counts_each_rule_is_counted_from_its_rows()
    {
        var key = new SubmissionKey("309", ReturnKind.Ssda903, 2024);
        var summary = RuleSummary.Of([new ImportedSubmission(key.ToString(), 3, 3, false, [Issue("103", 2), Issue("103", 3), Issue("JU14", 4, "CHILD")]) { Submission = key }]);

        Assert.Equal([("103", 2), ("JU14", 1)], summary.Select(r => (r.Code, r.Count)));
    }
}
