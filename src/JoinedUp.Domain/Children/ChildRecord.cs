namespace JoinedUp.Domain.Children;

/// <summary>
/// A looked-after child as the regional store holds it: a pseudonym in place of the LA's child ID,
/// date of birth degraded to its month, no UPN or name.
/// </summary>
/// <param name="Pseudonym">Keyed HMAC of the LA's child ID, scoped by LA (hex).</param>
/// <param name="Sex">1 male, 2 female (SSDA903 SEX).</param>
/// <param name="BirthMonth">First day of the month of birth.</param>
/// <param name="Ethnicity">DfE ethnicity code, e.g. WBRI.</param>
/// <param name="RowNumber">Row (or element position) in the source, for error reports.</param>
public sealed record ChildRecord(
    string Pseudonym,
    int? Sex,
    DateOnly? BirthMonth,
    string? Ethnicity,
    int RowNumber);
