namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// DfE ethnicity codes in the proportions of London's looked-after children: about half from Black, Asian or mixed
/// backgrounds; unaccompanied asylum-seeking children mostly from other Asian, Black African and other backgrounds.
/// </summary>
internal static class EthnicityMix
{
    private static readonly (string, double)[] London =
    [
        ("WBRI", 27), ("WIRI", 0.5), ("WIRT", 0.7), ("WROM", 0.8), ("WOTH", 8),
        ("MWBC", 6), ("MWBA", 2), ("MWAS", 2), ("MOTH", 7),
        ("AIND", 1.5), ("APKN", 1.5), ("ABAN", 2), ("AOTH", 4),
        ("BCRB", 6), ("BAFR", 11), ("BOTH", 6),
        ("CHNE", 0.3), ("OOTH", 7), ("REFU", 1), ("NOBT", 1.5),
    ];

    private static readonly (string, double)[] Uasc =
    [
        ("AOTH", 35), ("BAFR", 30), ("OOTH", 25), ("BOTH", 5), ("WOTH", 4), ("NOBT", 1),
    ];

    public static string Draw(bool uasc, Random rng) => rng.Weighted(uasc ? Uasc : London);

    /// <summary>Whether a code is in the Black, Asian or mixed-race groups (the seeds' disproportionality measure).</summary>
    public static bool IsBlackAsianOrMixed(string code) => code.Length > 0 && code[0] is 'A' or 'B' or 'M';
}
