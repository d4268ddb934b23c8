using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// Where a reader puts each rule failure: into the log for the LA's report (child in clear) and, unless it refuses
/// the submission, into the store (child as pseudonym, message checked by <see cref="StoredIssue"/>).
/// </summary>
public sealed class IssueSink(IssueLog log, ISubmissionWriter writer, Func<string, string> pseudonymOf)
{
    private readonly HashSet<(string Code, string Table, int? Row)> _reported = [];

    /// <summary>Adds <paramref name="issue"/> unless the same rule was already reported on the same row of the same table (a field check and a whole-return rule can find the same failure).</summary>
    public void AddOnce(ValidationIssue issue)
    {
        if (!_reported.Contains((issue.RuleCode, issue.Table, issue.Row))) Add(issue);
    }

    public void Add(ValidationIssue issue)
    {
        _reported.Add((issue.RuleCode, issue.Table, issue.Row));
        log.Add(issue);
        if (issue.Severity == IssueSeverity.Flagged && log.Refusals == 0)
            writer.AddIssue(StoredIssue.Of(issue, pseudonymOf));
    }
}
