using System.Globalization;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// The collection years a return may be for: from <see cref="First"/> to the last year whose period (1 April to
/// 31 March) ends within a year of today. A return for 2100 or 1990 is a slip of the keyboard or a test file, and one
/// LA's slip must not become the year everyone's views open on, so the submission is refused whole.
/// </summary>
public static class CollectionYears
{
    /// <summary>The earliest collection year JoinedUp takes (the synthetic region and the DfE's published formats start later).</summary>
    public const int First = 2000;

    /// <summary>The latest collection year plausible on <paramref name="today"/>: its period ends no more than a year after today.</summary>
    public static int Last(DateOnly today)
    {
        var limit = today.AddYears(1);
        return new DateOnly(limit.Year, 3, 31) <= limit ? limit.Year : limit.Year - 1;
    }

    /// <summary>Why <paramref name="year"/> cannot be a return's collection year, naming where it came from; null when it can.</summary>
    public static string? Problem(int year, string source, DateOnly today)
    {
        var last = Last(today);
        if (year >= First && year <= last) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"The collection year {year} (from {source}) is not plausible: JoinedUp takes returns for the years {First} to {last} (the year that ends on 31 March {last}). Correct the year and send the return again.");
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
