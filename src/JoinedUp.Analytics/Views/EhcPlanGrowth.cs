using System.Globalization;
using JoinedUp.Analytics.Comparison;
using JoinedUp.Analytics.Sen2;
using JoinedUp.Analytics.Tables;
using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Growth of EHC plans from the LAs' SEN2 returns (seeds 000 and 004): children with a plan in force at the end of each
/// return year, by age band and by the setting of the plan's first placement, the plans new in the year, and growth
/// since the first year shown. Every count goes through the selection's disclosure control.
/// </summary>
public static class EhcPlanGrowth
{
    public const string Title = "EHC plans: growth by age and setting";

    public static DashboardView Compute(Selection selection)
    {
        var filter = selection.Filter;
        var codes = selection.InScope.Select(la => la.DfeCode).ToHashSet();
        var allYears = selection.Facts.Sen2Returns.Where(r => codes.Contains(r.La)).Select(r => r.Year).Distinct().Order().ToList();
        var years = filter.Year is { } y ? allYears.Where(x => x <= y).ToList() : allYears;
        var plans = selection.Facts.EhcPlans.Where(p => codes.Contains(p.LaCode) && years.Contains(p.Year)
            && (filter.Sex is null || p.Sex == filter.Sex) && (filter.EthnicGroup is null || p.EthnicGroup == filter.EthnicGroup)).ToList();

        var disclosure = selection.Disclosure;
        var byYear = plans.ToLookup(p => p.Year);
        var byAge = years.Select(yr => EhcPlans.AgeBands.Select(b => disclosure.Count(byYear[yr].Where(p => p.AgeBand == b))).ToArray()).ToArray();
        var bySetting = years.Select(yr => EhcPlans.Settings.Select(s => disclosure.Count(byYear[yr].Where(p => p.Setting == s))).ToArray()).ToArray();
        var totals = years.Select(yr => disclosure.Count(byYear[yr])).ToArray();
        var newInYear = years.Select(yr => disclosure.Count(byYear[yr].Where(p => p.NewInYear))).ToArray();
        var summary = years.Count == 0
            ? "No SEN2 return is loaded for the LAs you can see."
            : "Children with an EHC plan in force on 31 March of each year, from the selected LAs' SEN2 returns, by age and by the setting of the plan's first-ranked placement.";
        const string caption = "Children with an EHC plan in force on 31 March, by age band and setting, with plans new in the year and growth";

        var headers = new List<string> { "Year to 31 March" };
        var notes = Notes(selection);
        headers.AddRange(EhcPlans.AgeBands.Select(b => "Aged " + b));
        headers.AddRange(EhcPlans.Settings);
        headers.AddRange(["All EHC plans", "New in the year", "Growth since first year (%)"]);
        if (SparseTables.IsSparse(byAge.SelectMany(r => r).Concat(bySetting.SelectMany(r => r)).Concat(newInYear)))
            return new DashboardView(Title, summary, [], new ReportTable(caption, headers, []), notes, SparseTables.Explanation("This table of EHC plans"));
        var rows = new List<ReportRow>();
        Figure? first = null;
        for (var r = 0; r < years.Count; r++)
        {
            var cells = new List<ReportCell>();
            for (var c = 0; c < EhcPlans.AgeBands.Count; c++) cells.Add(ReportCells.Count(byAge[r][c]));
            for (var c = 0; c < EhcPlans.Settings.Count; c++) cells.Add(ReportCells.Count(bySetting[r][c]));
            var total = totals[r];
            cells.Add(ReportCells.Count(total));
            cells.Add(ReportCells.Count(newInYear[r]));
            first ??= total;
            cells.Add(r == 0 ? ReportCells.Text("") : Growth(total, first.Value));
            rows.Add(new ReportRow(years[r].ToString(CultureInfo.InvariantCulture), cells));
        }

        var charts = new List<Chart>();
        var totalColumn = EhcPlans.AgeBands.Count + EhcPlans.Settings.Count;
        var overTime = rows.Select(r => new ChartPoint(r.Label, r.Cells[totalColumn].Value, r.Cells[totalColumn].Text)).ToList();
        if (overTime.Count > 1)
            charts.Add(new Chart("Children with an EHC plan over time", "Line chart by year. " + LookedAfterRates.Describe(overTime), "children with an EHC plan", ChartKind.Line, overTime));
        if (rows.Count > 0)
        {
            var last = rows[^1];
            var agePoints = EhcPlans.AgeBands.Select((b, i) => new ChartPoint(b, last.Cells[i].Value, last.Cells[i].Text)).ToList();
            charts.Add(new Chart($"Children with an EHC plan by age, {last.Label}", $"Bar chart of {agePoints.Count} age bands. " + LookedAfterRates.Describe(agePoints),
                "children", ChartKind.Bar, agePoints));
            var settingPoints = EhcPlans.Settings.Select((s, i) => new ChartPoint(s, last.Cells[EhcPlans.AgeBands.Count + i].Value, last.Cells[EhcPlans.AgeBands.Count + i].Text)).ToList();
            charts.Add(new Chart($"Children with an EHC plan by setting, {last.Label}", $"Bar chart of {settingPoints.Count} settings. " + LookedAfterRates.Describe(settingPoints),
                "children", ChartKind.Bar, settingPoints));
        }

        var view = new DashboardView(Title, summary, charts, new ReportTable(caption, headers, rows), notes);
        // An LA without a SEN2 return of its own is still shown beside its comparators, for the region's default year.
        if (selection.ComparedLa is not { } la || (years.Count > 0 ? years[^1] : DefaultYear.Of(selection.Facts.Sen2Returns)) is not { } lastYear) return view;
        return view with
        {
            Comparison = LaComparisons.Build(selection, view, Compute, new ComparisonShape(
                ["Local authority", "Children with an EHC plan", "Per 10,000 children aged 0 to 17", "New in the year"],
                (v, area) => ComparisonCells(v, area, lastYear), 1,
                $"Children with an EHC plan per 10,000 children aged 0 to 17, 31 March {lastYear}: {la.Name} and its comparators", "per 10,000 children",
                $"Children with an EHC plan in force on 31 March {lastYear}"), lastYear),
        };
    }

    /// <summary>An area's plans in force, per 10,000 children (of the LAs with a SEN2 return that year) and new in the year; null without a return.</summary>
    private static List<ReportCell>? ComparisonCells(DashboardView view, Selection area, int year)
    {
        var returned = area.InScope.Where(la => area.Facts.Sen2Returns.Contains((la.DfeCode, year))).Select(la => la.DfeCode).ToList();
        var row = view.Table.Rows.FirstOrDefault(r => r.Label == year.ToString(CultureInfo.InvariantCulture));
        if (returned.Count == 0 || row is null) return null;
        var total = row.Cells[EhcPlans.AgeBands.Count + EhcPlans.Settings.Count];
        return [total, LaComparisons.PerTenThousand(total, returned), row.Cells[EhcPlans.AgeBands.Count + EhcPlans.Settings.Count + 1]];
    }

    private static IReadOnlyList<string> Notes(Selection selection) =>
            [
                "A plan is in force when it started on or before 31 March of the return year and had not ceased by then; a child with several requests is counted once.",
                "Age on 31 March of the return year. Setting: the SEN2 SENSetting (or establishment type) of the plan's first-ranked placement, grouped.",
                "New in the year: plans that started between 1 April and 31 March. The year filter shows the years up to the one chosen.",
                "The age band and category of need filters (SSDA903 bands and codes) do not apply to SEN2; sex and ethnicity do.",
                DisclosureNotes.For(selection.Disclosure),
            ];

    private static ReportCell Growth(Figure now, Figure first)
    {
        if (first.Value == 0) return ReportCells.Text("n/a");
        var growth = Math.Round(100.0 * (now.Value - first.Value) / first.Value, 1);
        return new ReportCell(growth, growth.ToString("N1", CultureInfo.InvariantCulture));
    }
}
