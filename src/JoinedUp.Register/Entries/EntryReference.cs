namespace JoinedUp.Register.Entries;

/// <summary>The register's own reference for an entry ("DSR-000042"): not a child identifier, safe on pages and exports.</summary>
public static class EntryReference
{
    public static string Format(long id) => $"DSR-{id:D6}";

    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        var t = text?.Trim() ?? "";
        if (t.StartsWith("DSR-", StringComparison.OrdinalIgnoreCase)) t = t[4..];
        return long.TryParse(t, out id) && id > 0;
    }
}
