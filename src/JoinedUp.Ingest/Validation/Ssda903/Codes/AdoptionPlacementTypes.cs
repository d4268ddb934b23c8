using System.Collections.Frozen;

namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>
/// The placement types (PLACE) of a child placed for adoption, and which of them are with the child's current foster
/// carer (the DfE's "placed for adoption" A3 to A6; A1 and A2, the codes these replaced, are kept for the carer rule 335).
/// </summary>
public static class AdoptionPlacementTypes
{
    /// <summary>Placed for adoption: A3, A4, A5, A6.</summary>
    public static FrozenSet<string> PlacedForAdoption { get; } = FrozenSet.ToFrozenSet(["A3", "A4", "A5", "A6"], StringComparer.Ordinal);

    /// <summary>Placed for adoption with the child's current foster carer: A3, A5 (and the older A2).</summary>
    public static FrozenSet<string> WithCurrentFosterCarer { get; } = FrozenSet.ToFrozenSet(["A2", "A3", "A5"], StringComparer.Ordinal);

    /// <summary>Placed for adoption not with the child's current foster carer: A4, A6 (and the older A1).</summary>
    public static FrozenSet<string> NotWithCurrentFosterCarer { get; } = FrozenSet.ToFrozenSet(["A1", "A4", "A6"], StringComparer.Ordinal);

    public static bool IsPlacedForAdoption(string? place) => place is not null && PlacedForAdoption.Contains(place);
}
