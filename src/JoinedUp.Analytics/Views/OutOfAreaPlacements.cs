using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Comparison;
using JoinedUp.Analytics.Tables;
using JoinedUp.Disclosure;

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

        var disclosure = selection.Disclosure;

        var headers = new List<string> { "Local authority", "Children looked after on 31 March" };
        headers.AddRange(Places);
        headers.AddRange(["% outside the home district", "% outside the region"]);

        // Each line: the children, each place, and (for the percentages) those with both districts known and those placed away from home.
        (string Label, Figure Total, Figure[] Places, Figure Known, Figure Away, bool IsTotal) Count(string label, IReadOnlyList<ChildInYear> children, bool isTotal)
        {
            var place = children.Select(c => (Child: c, Place: PlaceOf(c, areas))).ToList();
            return (label, disclosure.Count(children),
                Places.Select((_, p) => disclosure.Count(place.Where(x => x.Place == p).Select(x => x.Child))).ToArray(),
                disclosure.Count(place.Where(x => x.Place < 3).Select(x => x.Child)),
                disclosure.Count(place.Where(x => x.Place is 1 or 2).Select(x => x.Child)), isTotal);
        }

        var lines = las.Select(la => Count(la.Name, byLa[la.DfeCode].ToList(), false))
            .Append(Count("All selected LAs", las.SelectMany(la => byLa[la.DfeCode]).ToList(), true)).ToList();
        var summary = $"Children looked after on 31 March {year} by where they were placed relative to their home postcode district.";
        var caption = $"Placement location relative to home, 31 March {year}, by LA";
        if (SparseTables.IsSparse(lines.SelectMany(l => l.Places.Append(l.Total))))
            return new DashboardView(Title, summary, [], new ReportTable(caption, headers, []), Notes(selection), SparseTables.Explanation("This table of placement locations"));

        var rows = lines.Select(l =>
        {
            var cells = new List<ReportCell> { ReportCells.Count(l.Total) };
            cells.AddRange(l.Places.Select(ReportCells.Count));
            cells.Add(ReportCells.Rate(l.Away, l.Known, 100));
            cells.Add(ReportCells.Rate(l.Places[2], l.Known, 100));
            return new ReportRow(l.Label, cells, l.IsTotal);
        }).ToList();

        var outsideDistrict = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[5].Value, r.Cells[5].Text)).ToList();
        var outsideRegion = rows.Where(r => !r.IsTotal).Select(r => new ChartPoint(r.Label, r.Cells[6].Value, r.Cells[6].Text)).ToList();
        var view = new DashboardView(Title, summary,
            [
                new($"Placed outside the home district on 31 March {year}, % of children with known districts, by LA",
                    $"Bar chart of {outsideDistrict.Count} LAs. " + LookedAfterRates.Describe(outsideDistrict), "% of children", ChartKind.Bar, outsideDistrict),
                new($"Placed outside the region on 31 March {year}, % of children with known districts, by LA",
                    $"Bar chart of {outsideRegion.Count} LAs. " + LookedAfterRates.Describe(outsideRegion), "% of children", ChartKind.Bar, outsideRegion),
            ],
            new ReportTable(caption, headers, rows), Notes(selection));
        if (selection.ComparedLa is not { } la || year is null) return view;
        return view with
        {
            Comparison = LaComparisons.Build(selection, view, Compute, new ComparisonShape(headers, (v, area) => LaComparisons.TotalRow(v, area, year), 5,
                $"Placed outside the home district on 31 March {year}, % of children with known districts: {la.Name} and its comparators", "% of children",
                $"Placement location relative to home, 31 March {year}"), year),
        };
    }

    private static IReadOnlyList<string> Notes(Selection selection) =>
    [
        "Postcodes are held to district only: placement outside the home postcode district stands in for placement outside the LA, which it can overstate (LAs span several districts) or understate (districts straddle boundaries).",
        "The region is taken to be the postcode areas (e.g. SE, CR) where at least 1% of its looked-after children live.",
        "Percentages are of the children whose home and placement districts are both known, each count protected in its own right.",
        DisclosureNotes.For(selection.Disclosure),
    ];

    /// <summary>0 home district, 1 elsewhere in the region, 2 outside the region, 3 not known.</summary>
    private static int PlaceOf(ChildInYear child, IReadOnlySet<string> regionAreas)
    {
        if (string.IsNullOrWhiteSpace(child.HomeDistrict) || string.IsNullOrWhiteSpace(child.PlacementDistrict)) return 3;
        if (string.Equals(child.HomeDistrict.Trim(), child.PlacementDistrict.Trim(), StringComparison.OrdinalIgnoreCase)) return 0;
        var area = CareFacts.PostcodeArea(child.PlacementDistrict);
        return area is not null && regionAreas.Contains(area) ? 1 : 2;
    }
}
