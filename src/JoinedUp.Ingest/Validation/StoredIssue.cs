using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// The copy of a rule failure that the store keeps: the child as the region's pseudonym, and a message that quotes
/// nothing identifying. Messages are written to name the table, row and field only; should one still quote the child's
/// ID (checked here against the ID itself), a UPN, an NHS number or a date of birth, the store keeps the rule and field
/// instead (<see cref="IdentifyingText.Withheld"/>). The LA's own report keeps the message as it was.
/// </summary>
public static class StoredIssue
{
    /// <summary>The stored copy of <paramref name="issue"/>, whose <see cref="ValidationIssue.Child"/> is the child's own ID.</summary>
    public static ValidationIssue Of(ValidationIssue issue, Func<string, string> pseudonymOf) => Of(issue, pseudonymOf, issue.Child);

    /// <summary>As above, where the child is named in the report by a label that may not be an identifier (SEN2's "person 3").</summary>
    public static ValidationIssue Of(ValidationIssue issue, Func<string, string> pseudonymOf, string? clearId) => issue with
    {
        Child = issue.Child is null ? null : pseudonymOf(issue.Child),
        Message = IdentifyingText.Quotes(issue.Message, issue.Field, clearId) ? IdentifyingText.Withheld(issue.RuleCode, issue.Field) : issue.Message,
    };
}
