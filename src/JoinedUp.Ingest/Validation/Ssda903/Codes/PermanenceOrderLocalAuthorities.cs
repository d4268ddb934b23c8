using System.Collections.Frozen;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>
/// The codes allowed for LA_PERM, the local authority that made a child's previous permanence order (DfE rule 633):
/// every English LA's 3-digit DfE code on the 2024 boundaries (JoinedUp's <see cref="EnglishLocalAuthorities"/>, the
/// DfE's published LA codes), the codes of English LAs replaced since 2019 (an order may be years old: Dorset 835,
/// Poole 836, Bournemouth 837, Northamptonshire 928, Cumbria 909), the codes for an order made outside England
/// (WAL, SCO, NIR, NUK) and 999. Sources: the DfE's LA codes (Get Information about Schools, "LA (code)"); the replaced
/// codes, the non-England codes and 999 as the public validator used by LAs lists them for rule 633
/// (data-to-insight/quality-lac-data-beta-validator, lac2022_23/rule_633.py), whose own list lacks the codes made since 2019.
/// </summary>
public static class PermanenceOrderLocalAuthorities
{
    /// <summary>English LA codes replaced by reorganisation: Bournemouth, Poole and Dorset (2019), Northamptonshire (2021), Cumbria (2023).</summary>
    public static IReadOnlyList<string> FormerEnglishCodes { get; } = ["835", "836", "837", "928", "909"];

    /// <summary>Orders made outside England: Wales, Scotland, Northern Ireland, outside the UK.</summary>
    public static IReadOnlyList<string> OutsideEngland { get; } = ["WAL", "SCO", "NIR", "NUK"];

    public static FrozenSet<string> Codes { get; } = Build();

    private static FrozenSet<string> Build()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var la in EnglishLocalAuthorities.All) codes.Add(la.DfeCode);
        codes.UnionWith(FormerEnglishCodes);
        codes.UnionWith(OutsideEngland);
        codes.Add("999");
        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
