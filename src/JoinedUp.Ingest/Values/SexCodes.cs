namespace JoinedUp.Ingest.Values;

/// <summary>
/// Sex as the returns write it, brought to SSDA903's 1 (male) and 2 (female): CIN census GenderCurrent 1/2 (to 2025)
/// and Sex M/F (2026), SEN2 Sex M/F, and the snapshot's words. Unknown, not recorded and indeterminate give null.
/// </summary>
public static class SexCodes
{
    public static int? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "1" or "M" or "MALE" or "BOY" => 1,
        "2" or "F" or "FEMALE" or "GIRL" => 2,
        _ => null,
    };
}
