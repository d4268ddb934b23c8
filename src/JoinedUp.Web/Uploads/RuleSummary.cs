using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Reports;

namespace JoinedUp.Web.Uploads;

/// <summary>
/// One rule's failures in an upload: its code, what it means in the return's year (<see cref="RuleDescriptions"/>, the
/// lookup the LA's HTML report uses too), how many rows failed it and the fields involved.
/// </summary>
public sealed record RuleSummary(string Code, string Description, int Count, IReadOnlyList<string> Fields, bool Refusing)
{
    /// <summary>
    /// The upload's failures grouped by rule, the most frequent first. Counts are every failure of the rule (from each
    /// submission's counts when the importer gave them, since the list of failures is capped), not only those listed.
    /// </summary>
    public static IReadOnlyList<RuleSummary> Of(IEnumerable<ImportedSubmission> submissions)
    {
        var all = submissions.ToList();
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in all)
            foreach (var code in s.IssueCounts?.Keys ?? s.Issues.Select(i => i.RuleCode))
                if (seen.Add(code)) codes.Add(code);
        return codes
            .Select(code =>
            {
                var issues = all.SelectMany(s => s.Issues.Where(i => i.RuleCode == code)).ToList();
                var count = all.Sum(s => s.IssueCounts is { } counts ? counts.GetValueOrDefault(code) : s.Issues.Count(i => i.RuleCode == code));
                var first = all.First(s => s.IssueCounts?.ContainsKey(code) ?? s.Issues.Any(i => i.RuleCode == code));
                var definition = RuleDescriptions.Of(first.Submission?.Return, code, first.Submission?.Year);
                var fields = issues.Select(i => i.Field).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                if (fields.Count == 0 && definition is not null) fields = [.. definition.Fields];
                // A rule without a definition (file-level rules) is described by its own message when all its rows say the same.
                var messages = issues.Select(i => i.Message).Distinct(StringComparer.Ordinal).Take(2).ToList();
                var description = definition?.Message ?? (messages.Count == 1 ? messages[0] : "See each row's message.");
                return new RuleSummary(code, description, count, fields, issues.Any(i => i.Severity == IssueSeverity.Refused));
            })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }
}
