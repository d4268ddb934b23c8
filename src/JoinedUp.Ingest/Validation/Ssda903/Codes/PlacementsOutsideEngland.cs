namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>
/// Whether a placement postcode may lie outside England, from its postcode area alone (the letters before the first digit).
/// The DfE derives the placement's LA (PL_LA) from the postcode with the ONS postcode directory, which JoinedUp does not
/// hold; the postcode area is the nearest public approximation that needs no download. Areas wholly in Scotland, Wales,
/// Northern Ireland, the Channel Islands or the Isle of Man are outside England; areas that straddle the Scottish or Welsh
/// border (TD, CH, SY, HR) may be either, so rules that exempt placements outside England exempt them too (they may miss a
/// failure there, never report a wrong one). Source: Royal Mail postcode areas (public).
/// </summary>
public static class PlacementsOutsideEngland
{
    private static readonly HashSet<string> Outside = new(StringComparer.Ordinal)
    {
        // Scotland
        "AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE",
        // Wales
        "CF", "LD", "LL", "NP", "SA",
        // Northern Ireland, Channel Islands, Isle of Man
        "BT", "GY", "JE", "IM",
        // Areas on the Scottish or Welsh border, partly outside England
        "TD", "CH", "SY", "HR",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutsideBySpan = Outside.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the postcode's area lies wholly or partly outside England; false when blank or in an English area.</summary>
    public static bool MayBe(string? postcode)
    {
        if (postcode is null) return false;
        var text = postcode.AsSpan().TrimStart();
        var letters = 0;
        while (letters < text.Length && letters < 2 && char.IsAsciiLetter(text[letters])) letters++;
        if (letters == 0) return false;
        Span<char> area = stackalloc char[2];
        for (var i = 0; i < letters; i++) area[i] = char.ToUpperInvariant(text[i]);
        return OutsideBySpan.Contains(area[..letters]);
    }
}
