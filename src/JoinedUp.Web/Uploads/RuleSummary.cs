using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Cin;
using JoinedUp.Ingest.Sen2;

namespace JoinedUp.Web.Uploads;

/// <summary>One rule's failures in an upload: its code, what it checks in words, how many rows failed it and the fields involved.</summary>
public sealed record RuleSummary(string Code, string Description, int Count, IReadOnlyList<string> Fields, bool Refusing)
{
    /// <summary>The upload's issues grouped by rule, the most frequent first.</summary>
    public static IReadOnlyList<RuleSummary> Of(IEnumerable<ImportedSubmission> submissions) =>
        submissions
            .SelectMany(s => s.Issues.Select(i => (Kind: s.Submission?.Return, Issue: i)))
            .GroupBy(x => x.Issue.RuleCode, StringComparer.Ordinal)
            .Select(g =>
            {
                var definition = Definition(g.First().Kind, g.Key);
                var fields = g.Select(x => x.Issue.Field).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                if (fields.Count == 0 && definition is not null) fields = [.. definition.Fields];
                // A rule without a definition (file-level rules) is described by its own message when all its rows say the same.
                var messages = g.Select(x => x.Issue.Message).Distinct(StringComparer.Ordinal).Take(2).ToList();
                var description = definition?.Message ?? (messages.Count == 1 ? messages[0] : "See each row's message.");
                return new RuleSummary(g.Key, description, g.Count(), fields, g.Any(x => x.Issue.Severity == IssueSeverity.Refused));
            })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

    private static RuleDefinition? Definition(ReturnKind? kind, string code) => kind switch
    {
        ReturnKind.Ssda903 => Ssda903Rules.ByCode(code),
        ReturnKind.CinCensus => CinCensusRules.All.FirstOrDefault(r => r.Code == code),
        ReturnKind.Sen2 => Sen2Rules.All.FirstOrDefault(r => r.Code == code),
        _ => null,
    };
}
