using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// What reading one SSDA903 submission found: children in the header table, episode rows, the count of failures
/// of each rule, and the failures themselves (the first <see cref="Validation.IssueLog.ListLimit"/>) with the child
/// as the LA knows them (this goes back to the LA only; the store gets pseudonyms).
/// </summary>
public sealed record Ssda903ReadResult(int Children, int Episodes, IReadOnlyList<ValidationIssue> Issues,
    IReadOnlyDictionary<string, int> IssueCounts, bool Refused)
{
    /// <summary>Which previous return the previous-year rules compared with, or that none was held so they did not run.</summary>
    public PreviousYearRules? PreviousYear { get; init; }
}
