using System.Globalization;

namespace JoinedUp.Register.Import;

/// <summary>Dates as DSR spreadsheets write them: dd/MM/yyyy (UK), ISO 8601, "3 Mar 2025", or an Excel serial day number.</summary>
public static class DsrDates
{
    private static readonly string[] Formats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d MMM yyyy", "d MMMM yyyy",
        "dd MMM yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
    ];

    public static bool TryParse(string text, out DateOnly date)
    {
        var t = text.Trim();
        if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 10_000 and < 80_000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        date = default;
        return false;
    }
}
