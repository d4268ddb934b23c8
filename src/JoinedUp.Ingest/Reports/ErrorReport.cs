using System.Globalization;
using System.Net;
using CsvHelper;
using JoinedUp.Ingest.Importing;

namespace JoinedUp.Ingest.Reports;

/// <summary>
/// The error report sent back to an LA: every rule failure with its code, the rule's meaning, file, table, row,
/// child (the LA's own ID) and field; as CSV for their own tools and as a readable HTML page, which also gives the
/// count per rule (with the rule's meaning for the return's year, <see cref="RuleDescriptions"/>) and which previous
/// return the SSDA903 previous-year rules compared with.
/// </summary>
public static class ErrorReport
{
    public static readonly string[] Columns = ["la", "return", "year", "outcome", "rule", "severity", "message", "file", "table", "row", "child", "field"];

    public static void WriteCsv(ImportOutcome outcome, TextWriter destination)
    {
        using var csv = new CsvWriter(destination, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var submission in outcome.Submissions)
        {
            foreach (var issue in submission.Issues)
            {
                string?[] cells =
                [
                    submission.Key.LaCode, submission.Key.Return.ToString().ToLowerInvariant(), submission.Key.Year.ToString(CultureInfo.InvariantCulture),
                    submission.Refused ? "refused" : "loaded", issue.RuleCode, issue.Severity.ToString().ToLowerInvariant(), issue.Message,
                    issue.File, issue.Table, issue.Row?.ToString(CultureInfo.InvariantCulture), issue.Child, issue.Field,
                ];
                foreach (var cell in cells) csv.WriteField(SpreadsheetSafety.Neutralise(cell));
                csv.NextRecord();
            }
        }
    }

    public static void WriteHtml(ImportOutcome outcome, TextWriter html)
    {
        html.Write("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>JoinedUp validation report</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#0b0c0c}table{border-collapse:collapse;margin-bottom:2rem}
            th,td{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f2f1}
            .refused{color:#942514;font-weight:bold}</style></head><body>
            <h1>Validation report</h1>
            """);
        html.Write("<h2>Summary</h2><table><caption>Submissions and the failures found in each</caption><thead><tr><th scope=\"col\">LA</th><th scope=\"col\">Return</th><th scope=\"col\">Year</th><th scope=\"col\">Outcome</th><th scope=\"col\">Children</th><th scope=\"col\">Episodes</th><th scope=\"col\">Failures</th></tr></thead><tbody>");
        foreach (var s in outcome.Submissions)
            html.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Key.LaCode)}</td><td>{E(s.Key.Return.ToString())}</td><td>{s.Key.Year}</td><td class=\"{(s.Refused ? "refused" : "")}\">{(s.Refused ? "Refused: nothing loaded" : "Loaded")}</td><td>{s.Children}</td><td>{s.Episodes}</td><td>{s.IssueTotal}</td></tr>"));
        html.Write("</tbody></table>");
        var previous = outcome.Submissions.Where(s => s.PreviousYear is not null && !s.Refused).ToList();
        if (previous.Count > 0)
        {
            html.Write("<h2>Previous-year rules</h2><ul class=\"previous-year\">");
            foreach (var s in previous)
                html.Write(string.Create(CultureInfo.InvariantCulture, $"<li>{E(s.Key.LaCode)} {E(s.Key.Return.ToString())} {s.Key.Year}: {E(s.PreviousYear!.Summary)}</li>"));
            html.Write("</ul>");
        }
        foreach (var s in outcome.Submissions.Where(s => s.IssueTotal > 0))
        {
            html.Write(string.Create(CultureInfo.InvariantCulture, $"<h2>{E(s.Key.LaCode)} {E(s.Key.Return.ToString())} {s.Key.Year}</h2>"));
            html.Write("<table><caption>Failures by rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">What it checks</th><th scope=\"col\">Count</th></tr></thead><tbody>");
            foreach (var (rule, count) in s.IssueCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                html.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(rule)}</td><td>{E(RuleDescriptions.Of(s.Key.Return, rule, s.Key.Year)?.Message ?? "")}</td><td>{count}</td></tr>"));
            var caption = s.Issues.Count < s.IssueTotal ? $"The first {s.Issues.Count:N0} of {s.IssueTotal:N0} failures" : "Every failure";
            html.Write($"</tbody></table><table><caption>{caption}</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">File</th><th scope=\"col\">Table</th><th scope=\"col\">Row</th><th scope=\"col\">Child</th><th scope=\"col\">Field</th><th scope=\"col\">Message</th></tr></thead><tbody>");
            foreach (var i in s.Issues)
                html.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(i.RuleCode)}</td><td>{E(i.Severity.ToString())}</td><td>{E(i.File)}</td><td>{E(i.Table)}</td><td>{i.Row}</td><td>{E(i.Child)}</td><td>{E(i.Field)}</td><td>{E(i.Message)}</td></tr>"));
            html.Write("</tbody></table>");
        }
        html.Write("</body></html>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
