using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Tables;

/// <summary>
/// One field (column or element) of a return table: its name as the DfE spells it, other names LAs use for it,
/// its kind, whether a value must be present (the column itself always must, unless optional), and the rule codes reported when it is missing or invalid.
/// </summary>
public sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    bool Required = false,
    CodeList? Codes = null,
    string? InvalidRule = null,
    string? MissingRule = null,
    IssueSeverity WhenInvalid = IssueSeverity.Flagged,
    IssueSeverity WhenMissing = IssueSeverity.Flagged,
    bool OptionalColumn = false,
    params string[] Aliases);
