using System.Globalization;

namespace JoinedUp.Web.Formatting;

/// <summary>Dates and times as people write them ("30 November 2026"), from the ISO text the store keeps.</summary>
public static class DatesInWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"2026-11-30" as "30 November 2026"; text that is not a date is returned as it is.</summary>
    public static string Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Date(date) : iso ?? "";

    /// <summary>A UTC time stamp ("2026-11-30T21:50:56.5011580Z") as "30 November 2026, 21:50:56 UTC".</summary>
    public static string Time(string? iso) =>
        DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToString("d MMMM yyyy, HH:mm:ss", English) + " UTC"
            : iso ?? "";
}
