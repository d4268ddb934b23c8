namespace JoinedUp.Analytics.Cohort;

/// <summary>The DfE's major ethnic groups, from the extended ethnicity code (WBRI, MWBC, AIND, BCRB, CHNE, OOTH ...).</summary>
public static class EthnicGroup
{
    public const string NotKnown = "Not known";

    public static IReadOnlyList<string> All { get; } = ["White", "Mixed", "Asian", "Black", "Other", NotKnown];

    public static string Of(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return NotKnown;
        var c = code.Trim().ToUpperInvariant();
        if (c is "REFU" or "NOBT") return NotKnown;
        if (c == "CHNE") return "Asian";
        return c[0] switch
        {
            'W' => "White",
            'M' => "Mixed",
            'A' => "Asian",
            'B' => "Black",
            'O' => "Other",
            _ => NotKnown,
        };
    }
}
