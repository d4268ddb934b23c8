using System.Globalization;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Comparison;
using JoinedUp.Analytics.Placements;
using JoinedUp.Analytics.Sen2;
using JoinedUp.Analytics.Tables;
using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// The high-cost cohort from the regional placements snapshot (seed 000): children in the snapshot, the top quartile by
/// weekly cost, who pays (social care, education, health), placing LAs (when more than one is selected), placement types, age at placement, sex, ethnicity against
/// the same LAs' looked-after children, and primary needs. Every count goes through the selection's disclosure control;
/// a breakdown too sparse to publish is withheld on its own, and costs and shares are withheld where they describe
/// fewer than 10 children as shown.
/// </summary>
public static class HighCostCohort
{
    public const string Title = "High-cost placements cohort";

    public static readonly string[] Headers =
        ["Breakdown", "Children in the snapshot", "Top cost quartile", "Top quartile, % of its children", "Looked-after children, % (SSDA903)"];

    public static IReadOnlyList<string> AgeAtPlacementBands { get; } = ["Under 10", "10 to 12", "13 to 15", "16 and over", "Not known"];

    public static string AgeAtPlacementBand(int? age) => age switch
    {
        null => "Not known",
        < 10 => "Under 10",
        < 13 => "10 to 12",
        < 16 => "13 to 15",
        _ => "16 and over",
    };

    /// <summary>The snapshot years loaded for the selection's LAs, oldest first.</summary>
    public static IReadOnlyList<int> Years(Selection selection)
    {
        var codes = selection.InScope.Select(la => la.DfeCode).ToHashSet();
        return selection.Facts.Placements.Where(p => codes.Contains(p.LaCode)).Select(p => p.Year).Distinct().Order().ToList();
    }

    /// <summary>The weekly cost at or above which a placement is in the top quartile: the 75th percentile (nearest rank) of the given costs.</summary>
    public static double TopQuartileThreshold(IReadOnlyList<double> costs)
    {
        if (costs.Count == 0) return double.PositiveInfinity;
        var sorted = costs.Order().ToList();
        var rank = (int)Math.Ceiling(0.75 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static DashboardView Compute(Selection selection)
    {
        var filter = selection.Filter;
        var codes = selection.InScope.Select(la => la.DfeCode).ToHashSet();
        var years = Years(selection);
        int? year = filter.Year is { } y && years.Contains(y) ? y
            : DefaultYear.Of(selection.Facts.Placements.Where(p => codes.Contains(p.LaCode)).Select(p => (p.LaCode, p.Year)).Distinct());
        var disclosure = selection.Disclosure;
        var sparse = new List<string>();
        var inYear = year is null ? [] : selection.Facts.Placements.Where(p => p.Year == year && codes.Contains(p.LaCode)).ToList();
        var threshold = TopQuartileThreshold(inYear.Select(p => p.WeeklyCost).ToList());
        var cohort = inYear.Where(p => (filter.AgeBand is null || p.AgeBand == filter.AgeBand) && (filter.Sex is null || p.Sex == filter.Sex)
            && (filter.EthnicGroup is null || p.EthnicGroup == filter.EthnicGroup)).ToList();
        var top = cohort.Where(p => p.WeeklyCost >= threshold).ToList();
        var lookedAfter = year is null ? [] : selection.Facts.Children
            .Where(c => c.Year == year && c.LookedAfterAt31March && codes.Contains(c.LaCode) && filter.Matches(c with { Need = filter.Need ?? c.Need })).ToList();

        var cohortCount = disclosure.Count(cohort);
        var topCount = disclosure.Count(top);
        var rows = new List<ReportRow>();
        void Breakdown(string name, IReadOnlyList<string> categories, Func<SnapshotPlacement, string> of, Func<string, string>? describe = null, Func<string, double?>? comparator = null)
        {
            var all = categories.Select(c => disclosure.Count(cohort.Where(p => of(p) == c))).ToArray();
            var inTop = categories.Select(c => disclosure.Count(top.Where(p => of(p) == c))).ToArray();
            var withheld = SparseTables.IsSparse(all.Concat(inTop));
            if (withheld) sparse.Add(name);
            for (var i = 0; i < categories.Count; i++)
            {
                var comparison = comparator?.Invoke(categories[i]);
                rows.Add(new ReportRow($"{name}: {describe?.Invoke(categories[i]) ?? categories[i]}",
                [
                    withheld ? ReportCells.Withheld : ReportCells.Count(all[i]),
                    withheld ? ReportCells.Withheld : ReportCells.Count(inTop[i]),
                    withheld ? ReportCells.Withheld : ReportCells.Rate(inTop[i], topCount, 100),
                    comparison is { } c ? new ReportCell(c, c.ToString("N1", CultureInfo.InvariantCulture)) : ReportCells.Text(comparator is null ? "" : "n/a"),
                ]));
            }
        }

        rows.Add(new ReportRow("All children in the snapshot",
            [ReportCells.Count(cohortCount), ReportCells.Count(topCount), ReportCells.Rate(topCount, topCount, 100), ReportCells.Text("")], IsTotal: true));
        ReportRow Money(string label, IReadOnlyList<SnapshotPlacement> all, IReadOnlyList<SnapshotPlacement> inTop, Func<IReadOnlyList<SnapshotPlacement>, double> measure, int decimals) =>
            new(label,
            [
                ReportCells.Magnitude(all.Count == 0 ? null : measure(all), disclosure.Count(all), decimals),
                ReportCells.Magnitude(inTop.Count == 0 ? null : measure(inTop), disclosure.Count(inTop), decimals),
                ReportCells.Text(""), ReportCells.Text(""),
            ]);
        rows.Add(Money("Average weekly cost (£)", cohort, top, ps => ps.Average(p => p.WeeklyCost), 0));
        rows.Add(Money("Cost share: social care (% of weekly cost)", cohort, top, ps => Share(ps, p => p.SocialCareCost), 1));
        rows.Add(Money("Cost share: education (% of weekly cost)", cohort, top, ps => Share(ps, p => p.EducationCost), 1));
        rows.Add(Money("Cost share: health (% of weekly cost)", cohort, top, ps => Share(ps, p => p.HealthCost), 1));
        rows.Add(Money("Average age at placement (years)", cohort.Where(p => p.AgeAtPlacement is not null).ToList(), top.Where(p => p.AgeAtPlacement is not null).ToList(),
            ps => ps.Average(p => (double)p.AgeAtPlacement!.Value), 1));

        var placingLas = selection.InScope.Where(la => inYear.Any(p => p.LaCode == la.DfeCode)).ToList();
        if (placingLas.Count > 1)
            Breakdown("Placing LA", placingLas.Select(la => la.DfeCode).ToList(), p => p.LaCode, code => placingLas.First(la => la.DfeCode == code).Name);
        var types = cohort.Select(p => p.PlacementType).Distinct().Order(StringComparer.Ordinal).ToList();
        Breakdown("Placement type", types, p => p.PlacementType);
        Breakdown("Age at placement", AgeAtPlacementBands, p => AgeAtPlacementBand(p.AgeAtPlacement));
        Breakdown("Sex", Sexes.All, p => p.Sex);
        var lookedAfterCount = disclosure.Count(lookedAfter);
        Breakdown("Ethnicity", EthnicGroup.All, p => p.EthnicGroup, comparator: g =>
        {
            var n = disclosure.Count(lookedAfter.Where(c => c.EthnicGroup == g));
            return lookedAfterCount.Value > 0 ? Math.Round(100.0 * n.Value / lookedAfterCount.Value, 1) : null;
        });
        var needs = cohort.Select(p => p.PrimaryNeed ?? "Not recorded").Distinct().Order(StringComparer.Ordinal).ToList();
        Breakdown("Primary need", needs, p => p.PrimaryNeed ?? "Not recorded", SenTypes.Describe);

        var charts = new List<Chart>();
        var typeRows = rows.Where(r => r.Label.StartsWith("Placement type: ", StringComparison.Ordinal)).ToList();
        var typePoints = typeRows.Select(r => new ChartPoint(r.Label["Placement type: ".Length..], r.Cells[1].Value, r.Cells[1].Text)).ToList();
        charts.Add(new Chart($"Children in the top cost quartile by placement type{(year is null ? "" : $", {year} snapshot")}",
            $"Bar chart of {typePoints.Count} placement types. " + LookedAfterRates.Describe(typePoints), "children", ChartKind.Bar, typePoints));
        var shareRows = rows.Where(r => r.Label.StartsWith("Cost share: ", StringComparison.Ordinal)).ToList();
        var sharePoints = shareRows.Select(r => new ChartPoint(r.Label["Cost share: ".Length..].Split(' ')[0], r.Cells[1].Value, r.Cells[1].Text)).ToList();
        charts.Add(new Chart("Who pays for the top cost quartile: share of weekly cost by agency",
            "Bar chart of 3 agencies. " + LookedAfterRates.Describe(sharePoints), "% of weekly cost", ChartKind.Bar, sharePoints));
        var needPoints = rows.Where(r => r.Label.StartsWith("Primary need: ", StringComparison.Ordinal))
            .Select(r => new ChartPoint(r.Label["Primary need: ".Length..], r.Cells[1].Value, r.Cells[1].Text)).ToList();
        charts.Add(new Chart("Children in the top cost quartile by primary need", $"Bar chart of {needPoints.Count} needs. " + LookedAfterRates.Describe(needPoints),
            "children", ChartKind.Bar, needPoints));

        var summary = year is null
            ? "No placements snapshot is loaded for the LAs you can see."
            : $"Children in the {year} placements snapshot of the selected LAs and the top quartile by weekly cost (£{threshold.ToString("N0", CultureInfo.InvariantCulture)} a week or more, across the selected LAs before the age, sex and ethnicity filters).";
        var view = new DashboardView(Title, summary, charts,
            new ReportTable($"High-cost cohort{(year is null ? "" : $", {year} snapshot")}: children, top cost quartile, costs and who pays, by breakdown", Headers, rows),
            [
                "Source: the regional placements snapshot each LA uploads; one row per child placed. The year filter chooses the snapshot (by default the latest that at least half of the LAs have loaded).",
                "Top cost quartile: placements whose weekly cost is at or above the 75th percentile (nearest rank) of the selected LAs' placements that year.",
                "Cost shares: social care, education and health amounts as a share of the total weekly cost.",
                "Ethnicity is compared with the same LAs' looked-after children on 31 March (SSDA903), the child population JoinedUp holds; resident population by ethnicity is not loaded.",
                "The category of need filter (SSDA903) does not apply to the snapshot; its primary need is the SEN type.",
                DisclosureNotes.For(disclosure),
                DisclosureNotes.Magnitudes,
                .. sparse.Select(b => $"{b}: " + SparseTables.Explanation("this breakdown")),
            ]);
        // An LA without a snapshot of its own is still shown beside its comparators, for the region's default snapshot year.
        if (selection.ComparedLa is not { } la
            || (year ?? DefaultYear.Of(selection.Facts.Placements.Select(p => (p.LaCode, p.Year)).Distinct())) is not { } shown) return view;
        return view with
        {
            Comparison = LaComparisons.Build(selection, view, Compute, new ComparisonShape(ComparisonHeaders, (v, area) => ComparisonCells(v, area, shown), 2,
                $"Children in the {shown} placements snapshot per 10,000 children aged 0 to 17: {la.Name} and its comparators", "per 10,000 children",
                $"High-cost cohort, {shown} snapshot"), shown),
        };
    }

    private static readonly string[] ComparisonHeaders =
        ["Local authority", "Children in the snapshot", "Per 10,000 children aged 0 to 17", "Average weekly cost (£)", "Cost share: social care (%)", "Cost share: education (%)", "Cost share: health (%)"];

    /// <summary>An area's snapshot children, per 10,000, average weekly cost and cost shares; null when it has no snapshot that year.</summary>
    private static List<ReportCell>? ComparisonCells(DashboardView view, Selection area, int year)
    {
        var loaded = area.InScope.Where(la => area.Facts.Placements.Any(p => p.Year == year && p.LaCode == la.DfeCode)).Select(la => la.DfeCode).ToList();
        if (loaded.Count == 0) return null;
        ReportCell First(string label) => view.Table.Rows.First(r => r.Label.StartsWith(label, StringComparison.Ordinal)).Cells[0];
        var children = First("All children in the snapshot");
        return [children, LaComparisons.PerTenThousand(children, loaded), First("Average weekly cost"), First("Cost share: social care"), First("Cost share: education"), First("Cost share: health")];
    }

    private static double Share(IReadOnlyList<SnapshotPlacement> placements, Func<SnapshotPlacement, double> part)
    {
        var total = placements.Sum(p => p.WeeklyCost);
        return total > 0 ? 100 * placements.Sum(part) / total : 0;
    }
}
