namespace JoinedUp.Ingest.Tables;

/// <summary>What kind of value a return's field holds, which decides how it is parsed, checked and cleaned.</summary>
public enum FieldKind
{
    /// <summary>The LA's own child identifier: pseudonymised on the way in.</summary>
    ChildId,
    /// <summary>A unique pupil number: checked, then dropped.</summary>
    Upn,
    /// <summary>Date of birth: checked, then degraded to its month.</summary>
    BirthDate,
    Date,
    /// <summary>A value from a published code list.</summary>
    Code,
    Integer,
    /// <summary>0 or 1.</summary>
    Flag,
    /// <summary>A postcode: checked, then degraded to its district.</summary>
    Postcode,
    /// <summary>Free text or a reference number (URN, social worker ID) kept as given.</summary>
    Text,
    /// <summary>A free-text identifier of a person (e.g. social worker ID): dropped on the way in.</summary>
    PersonId,
}
