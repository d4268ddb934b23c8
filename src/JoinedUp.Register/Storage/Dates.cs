using System.Globalization;

namespace JoinedUp.Register.Storage;

/// <summary>ISO 8601 dates as the store keeps them (yyyy-MM-dd).</summary>
internal static class Dates
{
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Text(DateOnly? date) => date is null ? null : Text(date.Value);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
