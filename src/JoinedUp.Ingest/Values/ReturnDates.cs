using System.Globalization;

namespace JoinedUp.Ingest.Values;

/// <summary>Dates as LAs write them in returns: dd/mm/yyyy (the DfE's form), ISO yyyy-mm-dd, and either with a time.</summary>
public static class ReturnDates
{
    private static readonly string[] Formats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    public static bool TryParse(string text, out DateOnly date)
    {
        if (text.Length == 10 && text[2] == '/' && text[5] == '/'
            && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(6, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (month is >= 1 and <= 12 && year >= 1900 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
            date = default;
            return false;
        }
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 1900)
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        date = default;
        return false;
    }
}
