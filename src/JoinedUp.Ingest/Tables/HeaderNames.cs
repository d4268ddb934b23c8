namespace JoinedUp.Ingest.Tables;

/// <summary>Column headings as LAs write them ("Child ID ", "decom", "Place-Provider") brought to the DfE's spelling.</summary>
public static class HeaderNames
{
    public static string Normalise(string heading)
    {
        var trimmed = heading.Trim().Trim('\uFEFF').Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var length = 0;
        var lastWasSeparator = false;
        foreach (var c in trimmed)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator && length > 0)
            {
                buffer[length++] = '_';
                lastWasSeparator = true;
            }
        }
        while (length > 0 && buffer[length - 1] == '_') length--;
        return new string(buffer[..length]);
    }
}
