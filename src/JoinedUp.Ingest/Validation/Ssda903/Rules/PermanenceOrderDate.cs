using System.Globalization;
using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DATE_PERM as the DfE allows it: dd/mm/yyyy, where the day or the day and month may be "zz" when not known. An
/// unknown part is read as the latest day it could be (zz/05/2019 is 31/05/2019; zz/zz/2019 is 31/12/2019), so that a
/// rule comparing it with a later date does not flag an order that may well have come first. A date without "zz" is
/// read as JoinedUp reads every date of a return.
/// </summary>
internal static class PermanenceOrderDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        if (text.AsSpan().IndexOfAny('z', 'Z') < 0) return ReturnDates.TryParse(text.Trim(), out date); // a full date, in any form JoinedUp reads
        date = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 10 || span[2] != '/' || span[5] != '/') return false;
        if (!int.TryParse(span[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900) return false;
        var dayPart = span[..2];
        var monthPart = span[3..5];
        var dayUnknown = dayPart.Equals("zz", StringComparison.OrdinalIgnoreCase);
        var monthUnknown = monthPart.Equals("zz", StringComparison.OrdinalIgnoreCase);
        var month = 12;
        if (!monthUnknown && (!int.TryParse(monthPart, NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)) return false;
        if (monthUnknown && !dayUnknown) return false;
        var lastDay = DateTime.DaysInMonth(year, month);
        var day = lastDay;
        if (!dayUnknown && (!int.TryParse(dayPart, NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > lastDay)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
