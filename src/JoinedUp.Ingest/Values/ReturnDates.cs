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
        // The two plain forms, read digit by digit: millions of dates go through here on every import.
        if (text.Length == 10 && text[2] == '/' && text[5] == '/')
            return Valid(Digits(text, 6, 4), Digits(text, 3, 2), Digits(text, 0, 2), out date);
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
            return Valid(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), out date);
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 1900)
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 if any is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static bool Valid(int year, int month, int day, out DateOnly date)
    {
        if (year >= 1900 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        date = default;
        return false;
    }
}
