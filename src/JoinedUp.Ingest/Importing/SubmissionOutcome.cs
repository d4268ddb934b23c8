using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// What happened to one submission: its counts, the count of failures of each rule, the failures themselves (up to
/// a limit; children named by the LA's own IDs: this goes back to the LA), and whether it was refused (then the
/// store still holds the earlier copy, if any).
/// </summary>
public sealed record SubmissionOutcome(SubmissionKey Key, IReadOnlyList<string> Files, int Children, int Episodes, bool Refused,
    IReadOnlyList<ValidationIssue> Issues, IReadOnlyDictionary<string, int> IssueCounts)
{
    public SubmissionOutcome(SubmissionKey key, IReadOnlyList<string> files, bool refused, IReadOnlyList<ValidationIssue> issues)
        : this(key, files, 0, 0, refused, issues, issues.GroupBy(i => i.RuleCode).ToDictionary(g => g.Key, g => g.Count()))
    {
    }

    /// <summary>An outcome whose failures were all kept, so that they can be counted from the list.</summary>
    public static SubmissionOutcome Counted(SubmissionKey key, IReadOnlyList<string> files, int children, int episodes, bool refused, IReadOnlyList<ValidationIssue> issues) =>
        new(key, files, children, episodes, refused, issues, issues.GroupBy(i => i.RuleCode).ToDictionary(g => g.Key, g => g.Count()));

    public int IssueTotal => IssueCounts.Values.Sum();

    /// <summary>For an SSDA903 submission: which previous return the previous-year rules compared with, or that none was held.</summary>
    public Validation.Ssda903.PreviousYearRules? PreviousYear { get; init; }
}

/// <summary>The outcome of an import or validation run, submission by submission.</summary>
public sealed record ImportOutcome(IReadOnlyList<SubmissionOutcome> Submissions)
{
    public bool AnyRefused => Submissions.Any(s => s.Refused);
}
