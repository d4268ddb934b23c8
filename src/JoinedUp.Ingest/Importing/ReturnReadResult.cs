using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// What reading one CIN census, SEN2 or placements snapshot submission found: children, rows of its typed tables, and
/// every rule failure with the child as the LA knows them (this goes back to the LA only; the store gets pseudonyms).
/// </summary>
public sealed record ReturnReadResult(int Children, int Records, IReadOnlyList<ValidationIssue> Issues)
{
    public bool Refused => Issues.Any(i => i.Severity == IssueSeverity.Refused);
}
