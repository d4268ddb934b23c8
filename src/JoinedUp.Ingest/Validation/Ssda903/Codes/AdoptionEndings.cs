using System.Collections.Frozen;

namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>The reasons an episode ended (REC) that mean the child was adopted: E11 (unopposed) and E12 (consent dispensed with).</summary>
public static class AdoptionEndings
{
    public static FrozenSet<string> Adopted { get; } = FrozenSet.ToFrozenSet(["E11", "E12"], StringComparer.Ordinal);

    public static bool IsAdopted(string? rec) => rec is not null && Adopted.Contains(rec);

    /// <summary>The episode ended with the child leaving care (REC given and not X1) for a reason other than adoption.</summary>
    public static bool LeftCareNotAdopted(string? rec) => rec is not null && rec != "X1" && !Adopted.Contains(rec);
}
