using JoinedUp.Analytics.Comparison;
using JoinedUp.Analytics.Population;
using JoinedUp.Analytics.Tables;
using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Children looked after on 31 March of each return year, per LA, as counts and per 10,000 children aged 0-17.
/// </summary>
public static class LookedAfterRates
{
    public const string Title = "Looked-after children per 10,000";

    public static DashboardView Compute(Selection selection)
    {
        var years = selection.Years;
        var disclosure = selection.Disclosure;
        var inCare = selection.Children.Where(c => c.LookedAfterAt31March).ToLookup(c => (c.LaCode, c.Year));
        var cells = selection.Las.Select(la => years.Select(y => disclosure.Count(inCare[(la.DfeCode, y)])).ToArray()).ToArray();
        var totals = years.Select(y => disclosure.Count(selection.Las.SelectMany(la => inCare[(la.DfeCode, y)]))).ToArray();
        if (SparseTables.IsSparse(cells.SelectMany(c => c).Concat(totals)))
            return Refused(selection, SparseTables.Explanation("This table of looked-after children"));

        var headers = new List<string> { "Local authority" };
        foreach (var y in years) headers.AddRange([$"{y} children", $"{y} per 10,000"]);
        var figures = cells;
        var rows = new List<ReportRow>();
        for (var r = 0; r < selection.Las.Count; r++)
        {
            var la = selection.Las[r];
            var row = new List<ReportCell>();
            for (var c = 0; c < years.Count; c++)
            {
                if (!selection.HasReturn(la.DfeCode, years[c]))
                {
                    row.AddRange([ReportCells.Text("no return"), ReportCells.Text("no return")]);
                    continue;
                }
                row.AddRange([ReportCells.Count(figures[r][c]), ReportCells.Rate(figures[r][c], ChildPopulation.Of(la.DfeCode), 10_000)]);
            }
            rows.Add(new ReportRow(la.Name, row));
        }
        var totalCells = new List<ReportCell>();
        for (var c = 0; c < years.Count; c++)
        {
            var population = selection.Las.Where(la => selection.HasReturn(la.DfeCode, years[c])).Sum(la => (double)(ChildPopulation.Of(la.DfeCode) ?? 0));
            totalCells.AddRange([ReportCells.Count(totals[c]), ReportCells.Rate(totals[c], population, 10_000)]);
        }
        rows.Add(new ReportRow("All selected LAs", totalCells, IsTotal: true));

        var charts = new List<Chart>();
        if (selection.FocusYear is { } focus && years.Contains(focus))
        {
            var column = 1 + 2 * years.ToList().IndexOf(focus) + 1;
            var points = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[column - 1].Value, r.Cells[column - 1].Text)).ToList();
            charts.Add(new Chart($"Looked-after children per 10,000 on 31 March {focus}, by LA",
                $"Bar chart of {points.Count} LAs. " + Describe(points), "per 10,000 children", ChartKind.Bar, points));
        }
        if (years.Count > 1)
        {
            var total = rows[^1];
            var points = years.Select((y, i) => new ChartPoint(y.ToString(), total.Cells[2 * i + 1].Value, total.Cells[2 * i + 1].Text)).ToList();
            charts.Add(new Chart("Looked-after children per 10,000 over time, all selected LAs",
                "Line chart by year. " + Describe(points), "per 10,000 children", ChartKind.Line, points));
        }

        var view = new DashboardView(Title, Summary, charts, new ReportTable(Caption, headers, rows), Notes(selection));
        if (selection.ComparedLa is not { } compared || years.Count == 0) return view;
        var focusColumn = selection.FocusYear is { } f && years.Contains(f) ? 2 * years.ToList().IndexOf(f) + 1 : 2 * years.Count - 1;
        var focusYear = years[(focusColumn - 1) / 2];
        return view with
        {
            Comparison = LaComparisons.Build(selection, view, Compute, new ComparisonShape(headers, (v, area) => LaComparisons.TotalRow(v, area), focusColumn,
                $"Looked-after children per 10,000 on 31 March {focusYear}: {compared.Name} and its comparators", "per 10,000 children", "Looked-after children on 31 March, count and rate per 10,000")),
        };
    }

    private const string Summary = "Children looked after on 31 March of each year, counted from that year's SSDA903 return, per 10,000 resident children aged 0 to 17.";
    private const string Caption = "Looked-after children on 31 March, count and rate per 10,000, by LA and year";

    private static IReadOnlyList<string> Notes(Selection selection) =>
    [
        "Population: ONS mid-2021 estimates of children aged 0 to 17, approximate; the same denominator is used for every year.",
        "With an age, sex, ethnicity or need filter the rate is still per 10,000 of all children aged 0 to 17.",
        DisclosureNotes.For(selection.Disclosure),
    ];

    private static DashboardView Refused(Selection selection, string why) =>
        new(Title, Summary, [], new ReportTable(Caption, ["Local authority"], []), Notes(selection), why);

    internal static string Describe(IReadOnlyList<ChartPoint> points)
    {
        var shown = points.Where(p => p.Value is not null).ToList();
        if (shown.Count == 0) return "No value is shown.";
        var max = shown.MaxBy(p => p.Value)!;
        var min = shown.MinBy(p => p.Value)!;
        var hidden = points.Count - shown.Count;
        return $"Highest {max.Label} ({max.Text}), lowest {min.Label} ({min.Text})" + (hidden > 0 ? $"; {hidden} not shown." : ".");
    }
}
