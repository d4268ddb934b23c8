using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// What happened to one submission: its counts, every rule failure (children named by the LA's own IDs: this goes
/// back to the LA), and whether it was refused (then the store still holds the earlier copy, if any).
/// </summary>
public sealed record SubmissionOutcome(SubmissionKey Key, IReadOnlyList<string> Files, int Children, int Episodes, bool Refused,
    IReadOnlyList<ValidationIssue> Issues)
{
    public IReadOnlyDictionary<string, int> IssueCounts =>
        Issues.GroupBy(i => i.RuleCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>The outcome of an import or validation run, submission by submission.</summary>
public sealed record ImportOutcome(IReadOnlyList<SubmissionOutcome> Submissions)
{
    public bool AnyRefused => Submissions.Any(s => s.Refused);
}
