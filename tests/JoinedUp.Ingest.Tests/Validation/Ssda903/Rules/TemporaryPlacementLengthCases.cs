using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>375, 376, 379's shared case: the last allowed day passes, the day after is flagged, an open episode is not judged.</summary>
internal static class TemporaryPlacementLengthCases
{
    public static void OneDayTooLongIsFlaggedOnDec(Ssda903Rule rule, string place, int days)
    {
        var start = new DateOnly(2024, 5, 1);
        var submission = new TestReturn()
            .Header()
            .Episode(decom: "01/05/2024", place: place, dec: start.AddDays(days).ToString("dd/MM/yyyy"), rec: "E11")
            .Episode(decom: "01/05/2024", place: place, dec: start.AddDays(days + 1).ToString("dd/MM/yyyy"), rec: "E11")
            .Episode(decom: "01/05/2024", place: "U1", dec: start.AddDays(days + 1).ToString("dd/MM/yyyy"), rec: "E11")
            .Episode(decom: "01/05/2024", place: place, dec: null);

        var issue = Assert.Single(submission.Run(rule));
        Assert.Equal((rule.Code, "episodes", 3, "DEC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains($"{days + 1} days", issue.Message);
    }
}
