using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Disclosure;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Where children looked after on 31 March are placed relative to home: in the home postcode district, elsewhere in
/// the region, or outside the region, by LA.
/// Limitation: the store holds postcodes to district only and no district-to-LA lookup, so "outside the home
/// district" stands in for "outside the LA" (it overstates it where an LA spans several districts and understates it
/// where a district straddles a boundary), and the region is the set of postcode areas where its children live.
/// </summary>
public static class OutOfAreaPlacements
{
    public const string Title = "Distance and out-of-area placements";

    private static readonly string[] Places = ["In the home district", "Elsewhere in the region", "Outside the region", "Not known"];

    public static DashboardView Compute(Selection selection)
    {
        var year = selection.FocusYear;
        var areas = selection.Facts.RegionPostcodeAreas;
        var byLa = selection.Children.Where(c => c.Year == year && c.LookedAfterAt31March).ToLookup(c => c.LaCode);
        var las = selection.Las.Where(la => year is { } y && selection.HasReturn(la.DfeCode, y)).ToList();

        var table = Suppression.Apply(las.Select(la => (IReadOnlyList<long>)Places
            .Select((_, p) => (long)byLa[la.DfeCode].Count(c => PlaceOf(c, areas) == p)).ToList()).ToList());

        var headers = new List<string> { "Local authority", "Children looked after on 31 March" };
        headers.AddRange(Places);
        headers.AddRange(["% outside the home district", "% outside the region"]);

        ReportRow Row(string label, Figure[] places, Figure total, bool isTotal)
        {
            var known = ReportCells.Sum(places[0], places[1], places[2]);
            var cells = new List<ReportCell> { ReportCells.Count(total) };
            cells.AddRange(places.Select(ReportCells.Count));
            cells.Add(ReportCells.Rate(ReportCells.Sum(places[1], places[2]), known, 100));
            cells.Add(ReportCells.Rate(places[2], known, 100));
            return new ReportRow(label, cells, isTotal);
        }

        var rows = new List<ReportRow>();
        for (var r = 0; r < las.Count; r++)
            rows.Add(Row(las[r].Name, Enumerable.Range(0, Places.Length).Select(p => table.Cells[r, p]).ToArray(), table.RowTotals[r], false));
        rows.Add(Row("All selected LAs", table.ColumnTotals, table.GrandTotal, true));

        var outsideDistrict = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[5].Value, r.Cells[5].Text)).ToList();
        var outsideRegion = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[6].Value, r.Cells[6].Text)).ToList();
        return new DashboardView(Title,
            $"Children looked after on 31 March {year} by where they were placed relative to their home postcode district.",
            [
                new($"Placed outside the home district on 31 March {year}, % of children with known districts, by LA",
                    $"Bar chart of {outsideDistrict.Count} LAs. " + LookedAfterRates.Describe(outsideDistrict), "% of children", ChartKind.Bar, outsideDistrict),
                new($"Placed outside the region on 31 March {year}, % of children with known districts, by LA",
                    $"Bar chart of {outsideRegion.Count} LAs. " + LookedAfterRates.Describe(outsideRegion), "% of children", ChartKind.Bar, outsideRegion),
            ],
            new ReportTable($"Placement location relative to home, 31 March {year}, by LA", headers, rows),
            [
                "Postcodes are held to district only: placement outside the home postcode district stands in for placement outside the LA, which it can overstate (LAs span several districts) or understate (districts straddle boundaries).",
                "The region is taken to be the postcode areas (e.g. SE, CR) where at least 1% of its looked-after children live.",
                "c: fewer than 5 children, or withheld so that a total cannot reveal such a figure.",
            ]);
    }

    /// <summary>0 home district, 1 elsewhere in the region, 2 outside the region, 3 not known.</summary>
    private static int PlaceOf(ChildInYear child, IReadOnlySet<string> regionAreas)
    {
        if (string.IsNullOrWhiteSpace(child.HomeDistrict) || string.IsNullOrWhiteSpace(child.PlacementDistrict)) return 3;
        if (string.Equals(child.HomeDistrict.Trim(), child.PlacementDistrict.Trim(), StringComparison.OrdinalIgnoreCase)) return 0;
        var area = CareFacts.PostcodeArea(child.PlacementDistrict);
        return area is not null && regionAreas.Contains(area) ? 1 : 2;
    }
}
