using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// Where a reader puts each rule failure: into the log for the LA's report (child in clear) and, unless it refuses
/// the submission, into the store (child as pseudonym, message checked by <see cref="StoredIssue"/>).
/// </summary>
public sealed class IssueSink(IssueLog log, ISubmissionWriter writer, Func<string, string> pseudonymOf)
{
    public void Add(ValidationIssue issue)
    {
        log.Add(issue);
        if (issue.Severity == IssueSeverity.Flagged && log.Refusals == 0)
            writer.AddIssue(StoredIssue.Of(issue, pseudonymOf));
    }
}
