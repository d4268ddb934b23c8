using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>375 (T1, 42 days), 376 (T3, 21 days), 379 (T4, 7 days): the last allowed day passes, the day after is flagged.</summary>
public sealed class TemporaryPlacementLengthTests
{
    public static TheoryData<Ssda903Rule, string, int> Rules => new()
    {
        { new Rule375(), "T1", 42 },
        { new Rule376(), "T3", 21 },
        { new Rule379(), "T4", 7 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void One_day_too_long_is_flagged_on_DEC(Ssda903Rule rule, string place, int days)
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
