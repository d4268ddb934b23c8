using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>The placement age rules' shared case (370 to 374): a child born 15/06/2010 placed the day before, and on, the birthday that makes them old enough.</summary>
internal static class PlacementMinimumAgeCases
{
    public static void DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(Ssda903Rule rule, string place, int age, int year)
    {
        var birthday = new DateOnly(2010 + age, 6, 15);
        var dob = "15/06/2010";
        var submission = new TestReturn(year)
            .Header(dob: dob)
            .Episode(decom: birthday.AddDays(-1).ToString("dd/MM/yyyy"), place: place, dec: birthday.AddDays(-1).ToString("dd/MM/yyyy"), rec: "E11")
            .Episode(decom: birthday.ToString("dd/MM/yyyy"), place: place)
            .Episode(decom: birthday.AddDays(-1).ToString("dd/MM/yyyy"), place: "U1");

        var issue = Assert.Single(submission.Run(rule));
        Assert.Equal((rule.Code, "episodes", 2, "DECOM"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.DoesNotContain(dob, issue.Message);
    }
}
