using System.Diagnostics;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>How long each SSDA903 rule takes over whole returns, and how often it fails: what `bench rules` reports.</summary>
public static class RuleTimings
{
    /// <summary>One rule's time over every return (one thread) and its failures.</summary>
    public sealed record RuleTime(Ssda903Rule Rule, TimeSpan Time, int Failures);

    /// <summary>Reads the SSDA903 submissions among <paramref name="sets"/> into returns, without checking anything.</summary>
    public static IReadOnlyList<Ssda903Return> Read(IEnumerable<SubmissionFileSet> sets)
    {
        var returns = new List<Ssda903Return>();
        foreach (var set in sets)
        {
            if (set.Key.Return != ReturnKind.Ssda903 || set.UnreadableFiles.Count > 0) continue;
            var files = Ssda903Files.From(set.Files, set.Ssda903Tables);
            var submission = new Ssda903Return(set.Key);
            foreach (var row in files.Rows()) submission.Add(row);
            foreach (var table in files.Tables) submission.Supply(table);
            returns.Add(submission);
        }
        return returns;
    }

    /// <summary>Each rule of its year run alone over every return of that year, one thread: the slowest first.</summary>
    public static IReadOnlyList<RuleTime> Measure(IReadOnlyList<Ssda903Return> returns)
    {
        var times = new Dictionary<Ssda903Rule, (TimeSpan Time, int Failures)>();
        var findings = new RuleFindings();
        foreach (var submission in returns)
            foreach (var rule in Ssda903RuleSet.For(submission.Year))
            {
                if (rule.NeedsData is not null || (rule.NeedsPreviousReturn && submission.Previous is null)) continue;
                findings.Clear();
                findings.Rule = rule;
                var watch = Stopwatch.StartNew();
                foreach (var child in submission.Children) rule.Check(child, findings);
                rule.CheckReturn(submission, findings);
                watch.Stop();
                var (time, failures) = times.GetValueOrDefault(rule);
                times[rule] = (time + watch.Elapsed, failures + findings.Issues.Count);
            }
        return [.. times.Select(t => new RuleTime(t.Key, t.Value.Time, t.Value.Failures)).OrderByDescending(t => t.Time)];
    }
}
