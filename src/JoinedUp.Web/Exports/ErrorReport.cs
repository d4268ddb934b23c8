using JoinedUp.Web.Uploads;

namespace JoinedUp.Web.Exports;

/// <summary>The validation issues of an upload as a CSV the LA analyst can sort and work through.</summary>
public static class ErrorReport
{
    public static readonly string[] Headers = ["Submission", "Refused", "File", "Table", "Row", "Child", "Field", "Rule", "Severity", "Message"];

    public static byte[] Csv(IEnumerable<ImportedSubmission> submissions) =>
        CsvExport.Write(Headers, submissions.SelectMany(s => s.Issues.Select(i => (IReadOnlyList<string?>)
            [s.Key, s.Refused ? "yes" : "no", i.File, i.Table, i.Row?.ToString(), i.Child, i.Field, i.RuleCode, i.Severity.ToString(), i.Message])));
}
