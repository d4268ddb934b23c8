namespace JoinedUp.Store.Reading;

/// <summary>
/// One row of a small SSDA903 table (UASC, reviews, missing, OC2, OC3, previous permanence, AD1, placed for adoption,
/// social worker episodes) as the store holds it: the child's pseudonym, the row number in the LA's file, and the
/// cleaned fields by their DfE names (dates of birth as yyyy-MM, other dates yyyy-MM-dd, postcodes as districts,
/// people's IDs absent).
/// </summary>
public sealed record StoredReturnRow(string Table, string? Pseudonym, int Row, IReadOnlyDictionary<string, string?> Fields);
