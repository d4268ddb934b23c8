using System.Globalization;

namespace JoinedUp.Ingest.Values;

/// <summary>Dates as the DfE's XML collections write them (xs:date, yyyy-mm-dd), parsed without culture lookups.</summary>
public static class IsoDates
{
    public static DateOnly? Parse(string? text)
    {
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-') return text is null ? null : Fallback(text);
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            return null;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static DateOnly? Fallback(string text) => ReturnDates.TryParse(text, out var date) ? date : null;

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
