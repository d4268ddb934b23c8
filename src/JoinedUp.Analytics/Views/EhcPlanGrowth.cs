using System.Globalization;
using JoinedUp.Analytics.Disclosure;
using JoinedUp.Analytics.Sen2;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// Growth of EHC plans from the LAs' SEN2 returns (seeds 000 and 004): children with a plan in force at the end of each
/// return year, by age band and by the setting of the plan's first placement, the plans new in the year, and growth
/// since the first year shown. Age and setting counts are suppressed as two tables (year by band, year by setting).
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

        var byAge = Suppression.Apply(years.Select(yr => (IReadOnlyList<long>)EhcPlans.AgeBands.Select(b => (long)plans.Count(p => p.Year == yr && p.AgeBand == b)).ToList()).ToList());
        var bySetting = Suppression.Apply(years.Select(yr => (IReadOnlyList<long>)EhcPlans.Settings.Select(s => (long)plans.Count(p => p.Year == yr && p.Setting == s)).ToList()).ToList());
        var newInYear = years.Select(yr => Suppression.Single(plans.Count(p => p.Year == yr && p.NewInYear))).ToList();

        var headers = new List<string> { "Year to 31 March" };
        headers.AddRange(EhcPlans.AgeBands.Select(b => "Aged " + b));
        headers.AddRange(EhcPlans.Settings);
        headers.AddRange(["All EHC plans", "New in the year", "Growth since first year (%)"]);
        var rows = new List<ReportRow>();
        Figure? first = null;
        for (var r = 0; r < years.Count; r++)
        {
            var cells = new List<ReportCell>();
            for (var c = 0; c < EhcPlans.AgeBands.Count; c++) cells.Add(ReportCells.Count(byAge.Cells[r, c]));
            for (var c = 0; c < EhcPlans.Settings.Count; c++) cells.Add(ReportCells.Count(bySetting.Cells[r, c]));
            var total = byAge.RowTotals[r].Suppressed || bySetting.RowTotals[r].Suppressed ? byAge.RowTotals[r] with { Suppressed = true } : byAge.RowTotals[r];
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

        return new DashboardView(Title,
            years.Count == 0
                ? "No SEN2 return is loaded for the LAs you can see."
                : "Children with an EHC plan in force on 31 March of each year, from the selected LAs' SEN2 returns, by age and by the setting of the plan's first-ranked placement.",
            charts,
            new ReportTable("Children with an EHC plan in force on 31 March, by age band and setting, with plans new in the year and growth", headers, rows),
            [
                "A plan is in force when it started on or before 31 March of the return year and had not ceased by then; a child with several requests is counted once.",
                "Age on 31 March of the return year. Setting: the SEN2 SENSetting (or establishment type) of the plan's first-ranked placement, grouped.",
                "New in the year: plans that started between 1 April and 31 March. The year filter shows the years up to the one chosen.",
                "The age band and category of need filters (SSDA903 bands and codes) do not apply to SEN2; sex and ethnicity do.",
                "c: fewer than 5 children, or withheld so that a total cannot reveal such a figure.",
            ]);
    }

    private static ReportCell Growth(Figure now, Figure first)
    {
        if (now.Suppressed || first.Suppressed) return new ReportCell(null, Figure.SuppressedMark);
        if (first.Value == 0) return ReportCells.Text("n/a");
        var growth = Math.Round(100.0 * (now.Value - first.Value) / first.Value, 1);
        return new ReportCell(growth, growth.ToString("N1", CultureInfo.InvariantCulture));
    }
}
