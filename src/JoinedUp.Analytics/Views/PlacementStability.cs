using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Comparison;
using JoinedUp.Analytics.Tables;
using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Placement moves per child looked after during the year, and moves that were placement breakdowns
/// (see <see cref="PlacementChanges"/>), by LA, for one return year. Moves are counted as events, each weighted by the
/// child's record key, so a cell of moves is protected like a cell of children.
/// </summary>
public static class PlacementStability
{
    public const string Title = "Placement stability";

    private static readonly string[] MoveBands = ["No moves", "1 move", "2 moves", "3 or more moves"];

    public static DashboardView Compute(Selection selection)
    {
        var year = selection.FocusYear;
        var disclosure = selection.Disclosure;
        var byLa = selection.Children.Where(c => c.Year == year).ToLookup(c => c.LaCode);
        var las = selection.Las.Where(la => year is { } y && selection.HasReturn(la.DfeCode, y)).ToList();
        var all = las.SelectMany(la => byLa[la.DfeCode]).ToList();

        var headers = new List<string> { "Local authority", "Children looked after in the year" };
        headers.AddRange(MoveBands);
        headers.AddRange(["% with 3 or more moves", "Moves per child", "Moves", "Moves that were breakdowns", "% of moves that were breakdowns"]);

        (string Label, Figure[] Bands, Figure Children, Figure Moves, Figure Breakdowns, bool Total) Count(string label, IReadOnlyList<ChildInYear> children, bool total) => (
            label,
            MoveBands.Select((_, band) => disclosure.Count(children.Where(c => Math.Min(c.Moves, 3) == band))).ToArray(),
            disclosure.Count(children),
            disclosure.Sum(children, c => c.Moves),
            disclosure.Sum(children, c => c.Breakdowns),
            total);

        var lines = las.Select(la => Count(la.Name, byLa[la.DfeCode].ToList(), false)).Append(Count("All selected LAs", all, true)).ToList();
        var summary = $"Children looked after at any time in the year to 31 March {year}, by the number of placement moves that began in the year, and moves that were breakdowns.";
        var caption = $"Placement moves and breakdowns, year to 31 March {year}, by LA";
        if (SparseTables.IsSparse(lines.SelectMany(l => l.Bands.Append(l.Moves).Append(l.Breakdowns))))
            return new DashboardView(Title, summary, [], new ReportTable(caption, headers, []), Notes(selection),
                SparseTables.Explanation("This table of placement moves"));

        var rows = lines.Select(l =>
        {
            var cells = new List<ReportCell> { ReportCells.Count(l.Children) };
            cells.AddRange(l.Bands.Select(ReportCells.Count));
            cells.Add(ReportCells.Rate(l.Bands[3], l.Children, 100));
            cells.Add(ReportCells.Rate(l.Moves, l.Children, 1, 2));
            cells.Add(ReportCells.Count(l.Moves));
            cells.Add(ReportCells.Count(l.Breakdowns));
            cells.Add(ReportCells.Rate(l.Breakdowns, l.Moves, 100));
            return new ReportRow(l.Label, cells, l.Total);
        }).ToList();

        var points = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[5].Value, r.Cells[5].Text)).ToList();
        var charts = new List<Chart>
        {
            new($"Children with 3 or more placement moves in {year}, % of children looked after, by LA",
                $"Bar chart of {points.Count} LAs. " + LookedAfterRates.Describe(points), "% of children", ChartKind.Bar, points),
        };
        var view = new DashboardView(Title, summary, charts, new ReportTable(caption, headers, rows), Notes(selection));
        if (selection.ComparedLa is not { } la || year is null) return view;
        return view with
        {
            Comparison = LaComparisons.Build(selection, view, Compute, new ComparisonShape(headers, (v, area) => LaComparisons.TotalRow(v, area, year), 5,
                $"Children with 3 or more placement moves in {year}, % of children looked after: {la.Name} and its comparators", "% of children",
                $"Placement moves and breakdowns, year to 31 March {year}"), year),
        };
    }

    private static IReadOnlyList<string> Notes(Selection selection) =>
    [
        "A move is an episode that began with a change of placement (reason for new episode P, T, B or U).",
        "A breakdown is a move whose reason for placement change is CREQB, CREQO, CHILD, ALLEG, STAND or LAREQ; care-plan moves (CARPL) and closures are not counted as breakdowns.",
        DisclosureNotes.For(selection.Disclosure),
    ];
}
