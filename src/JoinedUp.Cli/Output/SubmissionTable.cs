using JoinedUp.Ingest.Importing;
using Spectre.Console;

namespace JoinedUp.Cli.Output;

/// <summary>The per-submission summary table people read after an import or validation.</summary>
public static class SubmissionTable
{
    public static void Show(ImportOutcome outcome, IAnsiConsole console)
    {
        var table = new Table().AddColumns("LA", "Name", "Return", "Year", "Outcome", "Children", "Episodes", "Failures", "Commonest rules");
        foreach (var s in outcome.Submissions)
        {
            var name = JoinedUp.Domain.Geography.EnglishLocalAuthorities.ByDfeCode(s.Key.LaCode)?.Name ?? "";
            var top = string.Join(", ", s.IssueCounts.OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"{kv.Key}×{kv.Value}"));
            table.AddRow(s.Key.LaCode, Markup.Escape(name), s.Key.Return.ToString(), s.Key.Year.ToString(),
                s.Refused ? "[red]refused[/]" : "loaded", s.Children.ToString("N0"), s.Episodes.ToString("N0"), s.IssueTotal.ToString("N0"), Markup.Escape(top));
        }
        console.Write(table);
        // Which previous return the previous-year rules compared with, or that none was held so they did not run.
        foreach (var s in outcome.Submissions.Where(s => s.PreviousYear is not null && !s.Refused))
            console.WriteLine($"{s.Key}: {s.PreviousYear!.Summary}");
        var refused = outcome.Submissions.Where(s => s.Refused).ToList();
        foreach (var s in refused)
        {
            console.MarkupLine($"[red]{Markup.Escape(s.Key.ToString())} refused; the store is unchanged for it:[/]");
            foreach (var issue in s.Issues.Where(i => i.Severity == JoinedUp.Domain.Validation.IssueSeverity.Refused).Take(10))
                console.WriteLine("  " + issue);
        }
    }
}
