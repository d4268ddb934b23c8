namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>The short-break (respite) legal statuses: V3 (each break recorded as an episode) and V4 (breaks recorded as agreements).</summary>
public static class ShortBreaks
{
    /// <summary>True when <paramref name="legalStatus"/> is V3 or V4.</summary>
    public static bool Contains(string? legalStatus) => legalStatus is "V3" or "V4";
}
