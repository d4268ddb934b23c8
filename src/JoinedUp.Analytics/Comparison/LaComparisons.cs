using JoinedUp.Analytics.Tables;
using JoinedUp.Analytics.Views;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Comparison;

/// <summary>
/// Builds an LA user's comparison: the view computed again for each comparator (its ICS, its region, each statistical
/// neighbour in the region), with the same filters and year, through the same disclosure control set to count the
/// LA's own children exactly and the other LAs' perturbed apart (<see cref="DisclosureControl.SeparatesOwnLa"/>), so
/// every comparator is a protected figure, its rates computed from the figures shown, and a comparator too sparse to
/// publish at the breakdown is withheld ("c") as the view itself would refuse it.
/// </summary>
public static class LaComparisons
{
    public static LaComparison? Build(Selection selection, DashboardView own, Func<Selection, DashboardView> compute, ComparisonShape shape, int? year = null)
    {
        if (selection.ComparedLa is not { } la) return null;
        var region = selection.Region;
        var width = shape.Headers.Count - 1;
        IReadOnlyList<ReportCell> Fill(string text) => Enumerable.Repeat(ReportCells.Text(text), width).ToList();
        var rows = new List<ReportRow> { new($"{la.Name} (your LA)", shape.Cells(own, selection) ?? Fill("no return")) };
        var withheld = false;
        foreach (var comparator in Comparators.For(la.DfeCode, region))
        {
            var area = selection.Comparator(comparator.LaCodes, year);
            var view = compute(area);
            IReadOnlyList<ReportCell> cells;
            if (view.Refusal is not null)
            {
                cells = Enumerable.Repeat(ReportCells.Withheld, width).ToList();
                withheld = true;
            }
            else cells = shape.Cells(view, area) ?? Fill("no return");
            rows.Add(new ReportRow(comparator.Label, cells, comparator.Kind != ComparatorKind.Neighbour));
        }

        var points = rows.Select(r => new ChartPoint(r.Label, r.Cells[shape.ChartColumn].Value, r.Cells[shape.ChartColumn].Text)).ToList();
        var chart = new Chart(shape.ChartTitle, $"Bar chart of {la.Name} and {points.Count - 1} comparators. " + LookedAfterRates.Describe(points),
            shape.ChartUnit, ChartKind.Bar, points);
        var outside = Comparators.NeighboursOutside(la.DfeCode, region);
        var ics = region.FootprintOf(la.DfeCode);
        var notes = new List<string>
        {
            $"Comparators: {(ics is null ? "" : ics + ", ")}{region.Name} as a whole and {la.Name}'s statistical neighbours in {region.Name}, with the same filters and year.",
            $"Statistical neighbours: the {StatisticalNeighbours.Source}, closest first. {la.Name}'s ten: "
                + string.Join(", ", StatisticalNeighbours.Of(la.DfeCode).Select(c => EnglishLocalAuthorities.ByDfeCode(c)?.Name ?? c)) + "."
                + (outside.Count == 0 ? "" : $" {string.Join(", ", outside)} {(outside.Count == 1 ? "is" : "are")} outside {region.Name}: JoinedUp holds no figures for {(outside.Count == 1 ? "it" : "them")}."),
            $"{la.Name}'s own figures are exact. Every comparator holds other LAs' children and is protected: {la.Name}'s children counted exactly and the other LAs' perturbed (cell key method, counts of 1 to 4 shown as 0 or 5), so a comparator minus {la.Name}'s figure is itself a protected figure, never another LA's exact count. Rates and percentages are computed from the figures shown.",
            "England: JoinedUp holds no national figures, so there is no comparison with England.",
        };
        if (withheld) notes.Add($"c: {SparseTables.Explanation("The comparator's table")}");
        return new LaComparison($"{la.Name} beside {(ics is null ? "" : ics + ", ")}{region.Name} and its statistical neighbours",
            new ReportTable($"{shape.What}: {la.Name} beside {(ics is null ? "" : ics + ", ")}{region.Name} and its statistical neighbours", ["Area", .. shape.Headers.Skip(1)], rows),
            [chart], notes);
    }

    /// <summary>The cells of a view's total row ("All selected LAs"), or null when the area has no SSDA903 return (in the year, when given).</summary>
    public static IReadOnlyList<ReportCell>? TotalRow(DashboardView view, Selection area, int? year = null) =>
        !area.Las.Any(la => year is not { } y || area.HasReturn(la.DfeCode, y)) ? null : view.Table.Rows.FirstOrDefault(r => r.IsTotal)?.Cells;

    /// <summary>A rate per 10,000 children aged 0 to 17 from a figure as shown and the population of the LAs it counts.</summary>
    public static ReportCell PerTenThousand(ReportCell shown, IEnumerable<string> laCodes)
    {
        var population = laCodes.Sum(code => (double)(Population.ChildPopulation.Of(code) ?? 0));
        if (shown.Value is not { } value || population <= 0) return ReportCells.Text(shown.Value is null ? shown.Text : "n/a");
        var rate = Math.Round(value / population * 10_000, 1);
        return new ReportCell(rate, rate.ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
    }
}
