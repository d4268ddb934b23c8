using System.Collections.Frozen;

namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>The adopters' codes the AD1 consistency rules compare: how many adopt (NB_ADOPTR) and their sexes (SEX_ADOPTR).</summary>
public static class AdopterCodes
{
    /// <summary>NB_ADOPTR: one adopter or two.</summary>
    public static FrozenSet<string> NumberOfAdopters { get; } = FrozenSet.ToFrozenSet(["1", "2"], StringComparer.Ordinal);

    /// <summary>SEX_ADOPTR of a single adopter: M1, F1.</summary>
    public static FrozenSet<string> Single { get; } = FrozenSet.ToFrozenSet(["M1", "F1"], StringComparer.Ordinal);

    /// <summary>SEX_ADOPTR of a couple: MM, FF, MF.</summary>
    public static FrozenSet<string> Couple { get; } = FrozenSet.ToFrozenSet(["MM", "FF", "MF"], StringComparer.Ordinal);

    /// <summary>SEX_ADOPTR of a same-sex couple: MM, FF.</summary>
    public static FrozenSet<string> SameSexCouple { get; } = FrozenSet.ToFrozenSet(["MM", "FF"], StringComparer.Ordinal);

    public static bool IsIn(FrozenSet<string> codes, string? code) => code is not null && codes.Contains(code);
}
