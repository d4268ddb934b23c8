using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// What reading one SSDA903 submission found: children in the header table, episode rows, and every rule failure
/// with the child as the LA knows them (this goes back to the LA only; the store gets pseudonyms).
/// </summary>
public sealed record Ssda903ReadResult(int Children, int Episodes, IReadOnlyList<ValidationIssue> Issues)
{
    public bool Refused => Issues.Any(i => i.Severity == IssueSeverity.Refused);
}
