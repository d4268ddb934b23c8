using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// Collects a submission's rule failures: every one is counted by rule code, and the first
/// <see cref="ListLimit"/> are kept in full for the report, so that a file with a million failures
/// cannot exhaust memory. Refusals are always counted separately.
/// </summary>
public sealed class IssueLog
{
    public const int ListLimit = 10_000;
    private readonly List<ValidationIssue> _listed = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<ValidationIssue> Listed => _listed;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int Total { get; private set; }

    public int Refusals { get; private set; }

    public void Add(ValidationIssue issue)
    {
        Total++;
        if (issue.Severity == IssueSeverity.Refused) Refusals++;
        _counts[issue.RuleCode] = _counts.GetValueOrDefault(issue.RuleCode) + 1;
        if (_listed.Count < ListLimit) _listed.Add(issue);
    }
}
