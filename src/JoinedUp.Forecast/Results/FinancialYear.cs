using System.Globalization;

namespace JoinedUp.Forecast.Results;

/// <summary>
/// Financial years, the years commissioners and finance plan in: 1 April to 31 March. A forecast's years are the
/// financial years it touches, the first from its start date and the last to its end when those are not 1 April.
/// </summary>
public static class FinancialYear
{
    /// <summary>The 1 April on or before <paramref name="date"/>: the start of its financial year.</summary>
    public static DateOnly StartOf(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1, 4, 1);

    /// <summary>The days [From, To) of each financial year, or part of one, from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Spans(DateOnly start, DateOnly end)
    {
        var spans = new List<(DateOnly, DateOnly)>();
        for (var from = start; from < end;)
        {
            var next = StartOf(from).AddYears(1);
            var to = next < end ? next : end;
            spans.Add((from, to));
            from = to;
        }
        return spans;
    }

    /// <summary>
    /// "2024-25" for a whole financial year; "2024-25 (from 1 Jan 2025)" for one that starts late and
    /// "2029-30 (to 31 Dec 2029)" for one that ends early (<paramref name="to"/> is the day after the last).
    /// </summary>
    public static string Label(DateOnly from, DateOnly to)
    {
        var first = StartOf(from);
        var label = $"{first.Year}-{(first.Year + 1) % 100:00}";
        var parts = new List<string>();
        if (from != first) parts.Add("from " + from.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        if (to != first.AddYears(1)) parts.Add("to " + to.AddDays(-1).ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? label : $"{label} ({string.Join(" ", parts)})";
    }
}
