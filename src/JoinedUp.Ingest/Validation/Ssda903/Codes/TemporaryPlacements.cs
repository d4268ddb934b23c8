namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>
/// The temporary placement types (PLACE T0 to T4): a short move away from the child's usual placement (hospital, holiday,
/// the foster carer's holiday, another stay of seven days or less), after which the child returns to it.
/// </summary>
public static class TemporaryPlacements
{
    /// <summary>True when <paramref name="place"/> is T0, T1, T2, T3 or T4.</summary>
    public static bool Contains(string? place) => place is "T0" or "T1" or "T2" or "T3" or "T4";
}
