using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Disclosure;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Placement moves per child looked after during the year, and moves that were placement breakdowns
/// (see <see cref="PlacementChanges"/>), by LA, for one return year.
/// </summary>
public static class PlacementStability
{
    public const string Title = "Placement stability";

    private static readonly string[] MoveBands = ["No moves", "1 move", "2 moves", "3 or more moves"];

    public static DashboardView Compute(Selection selection)
    {
        var year = selection.FocusYear;
        var children = selection.Children.Where(c => c.Year == year).ToList();
        var byLa = children.ToLookup(c => c.LaCode);
        var las = selection.Las.Where(la => year is { } y && selection.HasReturn(la.DfeCode, y)).ToList();

        var moveTable = Suppression.Apply(las.Select(la => (IReadOnlyList<long>)MoveBands
            .Select((_, band) => (long)byLa[la.DfeCode].Count(c => Math.Min(c.Moves, 3) == band)).ToList()).ToList());
        var changeTable = Suppression.Apply(las.Select(la => (IReadOnlyList<long>)
        [
            byLa[la.DfeCode].Sum(c => (long)c.Breakdowns),
            byLa[la.DfeCode].Sum(c => (long)(c.Moves - c.Breakdowns)),
        ]).ToList());

        var headers = new List<string> { "Local authority", "Children looked after in the year" };
        headers.AddRange(MoveBands);
        headers.AddRange(["% with 3 or more moves", "Moves per child", "Moves", "Moves that were breakdowns", "% of moves that were breakdowns"]);

        ReportRow Row(string label, Figure[] bands, Figure children, Figure breakdowns, Figure other, Figure moves, bool total)
        {
            var cells = new List<ReportCell> { ReportCells.Count(children) };
            cells.AddRange(bands.Select(ReportCells.Count));
            cells.Add(ReportCells.Rate(bands[3], children, 100));
            cells.Add(ReportCells.Rate(moves, children, 1, 2));
            cells.Add(ReportCells.Count(moves));
            cells.Add(ReportCells.Count(breakdowns));
            cells.Add(ReportCells.Rate(breakdowns, moves, 100));
            return new ReportRow(label, cells, total);
        }

        var rows = new List<ReportRow>();
        for (var r = 0; r < las.Count; r++)
        {
            var bands = Enumerable.Range(0, MoveBands.Length).Select(b => moveTable.Cells[r, b]).ToArray();
            rows.Add(Row(las[r].Name, bands, moveTable.RowTotals[r], changeTable.Cells[r, 0], changeTable.Cells[r, 1], changeTable.RowTotals[r], false));
        }
        rows.Add(Row("All selected LAs", moveTable.ColumnTotals, moveTable.GrandTotal,
            changeTable.ColumnTotals.Length > 0 ? changeTable.ColumnTotals[0] : new Figure(0, true),
            changeTable.ColumnTotals.Length > 1 ? changeTable.ColumnTotals[1] : new Figure(0, true),
            changeTable.GrandTotal, true));

        var points = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[5].Value, r.Cells[5].Text)).ToList();
        var charts = new List<Chart>
        {
            new($"Children with 3 or more placement moves in {year}, % of children looked after, by LA",
                $"Bar chart of {points.Count} LAs. " + LookedAfterRates.Describe(points), "% of children", ChartKind.Bar, points),
        };
        return new DashboardView(Title,
            $"Children looked after at any time in the year to 31 March {year}, by the number of placement moves that began in the year, and moves that were breakdowns.",
            charts,
            new ReportTable($"Placement moves and breakdowns, year to 31 March {year}, by LA", headers, rows),
            [
                "A move is an episode that began with a change of placement (reason for new episode P, T, B or U).",
                "A breakdown is a move whose reason for placement change is CREQB, CREQO, CHILD, ALLEG, STAND or LAREQ; care-plan moves (CARPL) and closures are not counted as breakdowns.",
                "c: fewer than 5, or withheld so that a total cannot reveal such a figure.",
            ]);
    }
}
