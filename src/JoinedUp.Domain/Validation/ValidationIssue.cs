namespace JoinedUp.Domain.Validation;

/// <summary>How a rule failure affects loading.</summary>
public enum IssueSeverity
{
    /// <summary>The row is loaded and flagged with the failure.</summary>
    Flagged,
    /// <summary>The value cannot be represented: the submission is refused and nothing changes.</summary>
    Refused,
}

/// <summary>
/// One failure of one rule: which rule (the DfE's published code where there is one), where
/// (file, table, row, field), for which child (as the LA knows them, only in reports back to the LA), and why.
/// </summary>
public sealed record ValidationIssue(
    string RuleCode,
    string Message,
    string File,
    string Table,
    int? Row,
    string? Child,
    string? Field,
    IssueSeverity Severity)
{
    public override string ToString() =>
        $"{File}{(Row is { } r ? $" row {r}" : "")}{(Field is null ? "" : $" field {Field}")}: rule {RuleCode}: {Message}";
}
