using JoinedUp.Domain.Children;

namespace JoinedUp.Ingest.Values;

/// <summary>
/// Dates as the ISO text the store keeps (yyyy-MM-dd, or yyyy-MM for a month of birth), one string per date: a
/// return holds a few thousand distinct dates over millions of cells. Bounded, so hostile input cannot grow it.
/// </summary>
public sealed class IsoDateText
{
    private const int MostKept = 1 << 16;
    private readonly Dictionary<DateOnly, string> _days = [];
    private readonly Dictionary<DateOnly, string> _months = [];

    public string Day(DateOnly date) => Get(_days, date, "yyyy-MM-dd");

    public string Month(DateOnly date) => Get(_months, Degrade.ToMonth(date), "yyyy-MM");

    private static string Get(Dictionary<DateOnly, string> known, DateOnly date, string format)
    {
        if (known.TryGetValue(date, out var text)) return text;
        if (known.Count == MostKept) known.Clear();
        return known[date] = date.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }
}
