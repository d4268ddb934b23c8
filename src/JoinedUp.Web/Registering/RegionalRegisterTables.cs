using System.Globalization;
using JoinedUp.Analytics.Tables;
using JoinedUp.Analytics.Views;
using JoinedUp.Disclosure;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Regional;

namespace JoinedUp.Web.Registering;

/// <summary>
/// The register's regional figures as the web's published tables and charts: the same protected counts, ready for the
/// page, the accessible table beside each chart and CSV/XLSX export.
/// </summary>
public static class RegionalRegisterTables
{
    public static IReadOnlyList<string> Names { get; } = ["current", "movements", "time", "admissions", "entered"];

    public static IReadOnlyList<string> Notes(RegionalRegisterFigures f) =>
    [
        $"Children on the Dynamic Support Register of {f.Region}, pooled across its LAs; movements and spells from {f.From:d MMM yyyy} to {f.To:d MMM yyyy}.",
        "Entries whose consent to share was withdrawn are left out. No entry, reference or free text is shown to regional users.",
        DisclosureNotes.For(DisclosureControl.Protected),
        "Median and mean days: shown where at least 10 children (as shown) had a completed spell at the rating.",
    ];

    public static ReportTable Table(RegionalRegisterFigures f, string name) => name switch
    {
        "movements" => FromProtected(f.MonthlyMovements, "Children entering the register and moving between ratings, by month", "Month", "All months"),
        "time" => TimeAtRatings(f.TimeAtRatings),
        "admissions" => FromProtected(f.InpatientAdmissions, "Children on the register with an inpatient admission recorded, by ICS footprint and current rating", "ICS footprint", "All footprints"),
        "entered" => FromProtected(f.EnteredAt, "Children entering the register, by year and the rating they entered at", "Year", "All years"),
        _ => FromProtected(f.CurrentByFootprint, "Children on the register now, by ICS footprint and rating", "ICS footprint", "Region"),
    };

    public static IReadOnlyList<Chart> Charts(RegionalRegisterFigures f)
    {
        var byRating = RagRatings.All.Select((r, i) => Point(r.ToString(), f.CurrentByFootprint.ColumnTotals[i])).ToList();
        var byFootprint = f.CurrentByFootprint.RowLabels.Select((label, i) => Point(label, f.CurrentByFootprint.RowTotals[i])).ToList();
        var greenColumn = f.EnteredAt.ColumnLabels.ToList().IndexOf(RagRating.Green.Code());
        var enteredGreen = f.EnteredAt.RowLabels.Select((year, i) => Point(year, f.EnteredAt.Cells[i][greenColumn])).ToList();
        return
        [
            new Chart($"Children on the register now in {f.Region}, by rating", "Bar chart of 3 ratings. " + Describe(byRating), "children", ChartKind.Bar, byRating),
            new Chart("Children on the register now, by ICS footprint", $"Bar chart of {byFootprint.Count} footprints. " + Describe(byFootprint), "children", ChartKind.Bar, byFootprint),
            new Chart("Children entering the register at green, by year", $"Bar chart of {enteredGreen.Count} years. " + Describe(enteredGreen), "children", ChartKind.Bar, enteredGreen),
        ];
    }

    private static ChartPoint Point(string label, Figure count) => new(label, count.Value, count.ToString());

    private static ReportCell Cell(Figure count) => ReportCells.Count(count);

    internal static ReportTable FromProtected(ProtectedTable table, string caption, string rowHeader, string totalLabel)
    {
        var rows = new List<ReportRow>();
        for (var r = 0; r < table.RowLabels.Count; r++)
            rows.Add(new ReportRow(table.RowLabels[r], [.. table.Cells[r].Select(Cell), Cell(table.RowTotals[r])]));
        rows.Add(new ReportRow(totalLabel, [.. table.ColumnTotals.Select(Cell), Cell(table.GrandTotal)], IsTotal: true));
        return new ReportTable(caption, [rowHeader, .. table.ColumnLabels, "Total"], rows);
    }

    private static ReportTable TimeAtRatings(IReadOnlyList<TimeAtRating> spells) => new(
        "Time at each rating: completed spells that ended in the period",
        ["Rating", "Children", "Spells", "Median days", "Mean days"],
        spells.Select(s => new ReportRow(s.Rating.ToString(),
        [
            Cell(s.Children), Cell(s.Spells),
            s.MedianDays is { } m ? new ReportCell(m, m.ToString("N1", CultureInfo.InvariantCulture)) : new ReportCell(null, s.Children.Value == 0 ? "n/a" : Figure.WithheldMark),
            s.MeanDays is { } a ? new ReportCell(a, a.ToString("N1", CultureInfo.InvariantCulture)) : new ReportCell(null, s.Children.Value == 0 ? "n/a" : Figure.WithheldMark),
        ])).ToList());

    private static string Describe(IReadOnlyList<ChartPoint> points)
    {
        var shown = points.Where(p => p.Value is not null).ToList();
        if (shown.Count == 0) return "There are none.";
        var max = shown.MaxBy(p => p.Value)!;
        var min = shown.MinBy(p => p.Value)!;
        var hidden = points.Count - shown.Count;
        return $"Highest {max.Label} ({max.Text}), lowest {min.Label} ({min.Text})" + (hidden > 0 ? $"; {hidden} not shown." : ".");
    }

    /// <summary>The period asked for in the query (yyyy-MM months), defaulting to the last 12 months.</summary>
    /// <summary>The earliest and latest months the regional figures can be asked for.</summary>
    public static readonly DateOnly EarliestMonth = new(2000, 1, 1), LatestMonth = new(2100, 12, 1);

    /// <summary>The period asked for (the last 12 months by default); Error when a month is outside <see cref="EarliestMonth"/> to <see cref="LatestMonth"/>.</summary>
    public static (DateOnly From, DateOnly To, string? Error) Period(string? from, string? to)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var hasEnd = DateOnly.TryParseExact(to + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t);
        var hasStart = DateOnly.TryParseExact(from + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f);
        if ((hasEnd && (t < EarliestMonth || t > LatestMonth)) || (hasStart && (f < EarliestMonth || f > LatestMonth)))
            return (default, default, $"Enter months from {EarliestMonth:yyyy-MM} to {LatestMonth:yyyy-MM}.");
        var end = hasEnd ? t : new DateOnly(today.Year, today.Month, 1);
        var start = hasStart ? f : end.AddMonths(-11);
        if (start > end) (start, end) = (end, start);
        if (end.DayNumber - start.DayNumber > 366 * 10) start = end.AddYears(-10);
        return (start, end, null);
    }
}
