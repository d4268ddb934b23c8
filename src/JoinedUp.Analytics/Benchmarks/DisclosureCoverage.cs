using System.Globalization;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Tables;
using JoinedUp.Analytics.Views;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Benchmarks;

/// <summary>One dashboard view's LA-level figures as a regional analyst sees them against the exact figures.</summary>
/// <param name="Level">"LA rows of the regional view" or "each LA's own view (?la=)".</param>
/// <param name="CountCells">Count cells (children, moves, plans) measured.</param>
/// <param name="Shown">Of those, the cells that show a number (not withheld, not in a table refused as sparse).</param>
/// <param name="MeanAbsoluteChange">Mean of |shown - true| over the cells shown.</param>
/// <param name="SmallShownAsThemselves">Cells whose true count is 1 to 4 shown as that count (must be 0).</param>
public sealed record ViewCoverage(string View, string Level, int Tables, int RefusedTables, int CountCells, int Shown, double MeanAbsoluteChange,
    int MaxAbsoluteChange, int SmallShownAsThemselves)
{
    public double ShownShare => CountCells == 0 ? 1 : (double)Shown / CountCells;
}

/// <summary>
/// How much of the dashboard a regional analyst can read at LA level, and how far the protected figures are from the
/// truth, for every view: the LA rows of the unfiltered regional view (where the view has a row per LA: looked-after,
/// stability, out-of-area, and the high-cost cohort's placing-LA rows), and each LA's view on its own (`?la=`). The
/// truth is the same view computed with exact figures. Behind `joinedup bench disclosure` and docs/benchmarks.md.
/// </summary>
public static class DisclosureCoverage
{
    public const string RegionalLaRows = "LA rows of the regional view";
    public const string EachLa = "each LA's own view (?la=)";

    public static IReadOnlyList<ViewCoverage> Measure(CareFacts facts, Region region)
    {
        var scope = region.Members.Select(la => la.DfeCode).ToHashSet();
        var exactControl = DisclosureControl.ExactForMeasurement(scope);
        var names = region.Members.Select(la => la.Name).ToHashSet(StringComparer.Ordinal);
        bool IsLaRow(string label) => names.Contains(label) || label.StartsWith("Placing LA: ", StringComparison.Ordinal);
        var results = new List<ViewCoverage>();
        foreach (var (name, (_, compute)) in DashboardViews.All)
        {
            var regional = new Tally();
            var exact = compute(new Selection(facts, region, scope, new DashboardFilter(), exactControl));
            regional.Add(exact, compute(new Selection(facts, region, scope, new DashboardFilter(), DisclosureControl.Protected)), IsLaRow);
            if (regional.Cells > 0) results.Add(regional.Result(name, RegionalLaRows));

            var each = new Tally();
            foreach (var la in region.Members)
            {
                var filter = new DashboardFilter(La: la.DfeCode);
                var own = compute(new Selection(facts, region, scope, filter, exactControl));
                if (!HasData(own)) continue;
                each.Add(own, compute(new Selection(facts, region, scope, filter, DisclosureControl.Protected)), _ => true);
            }
            results.Add(each.Result(name, EachLa));
        }
        return results;
    }

    /// <summary>The share of LA-level cells shown as a number: the regional view's LA rows where a view has them, else each LA's own view.</summary>
    public static IReadOnlyList<ViewCoverage> LaLevel(IReadOnlyList<ViewCoverage> coverage) =>
        coverage.GroupBy(c => c.View).Select(g => g.FirstOrDefault(c => c.Level == RegionalLaRows) ?? g.Single(c => c.Level == EachLa)).ToList();

    private sealed class Tally
    {
        private int _tables, _refused, _shown, _max, _small;
        private double _change;

        public int Cells { get; private set; }

        public void Add(DashboardView exact, DashboardView published, Func<string, bool> rows)
        {
            if (!HasData(exact)) return;
            _tables++;
            var counts = CountCells(exact.Table).Where(p => rows(exact.Table.Rows[p.Row].Label)).ToList();
            Cells += counts.Count;
            if (published.Refusal is not null)
            {
                _refused++;
                return;
            }
            foreach (var (row, column) in counts)
            {
                var truth = exact.Table.Rows[row].Cells[column].Value!.Value;
                if (published.Table.Rows[row].Cells[column].Value is not { } value) continue;
                _shown++;
                var change = Math.Abs(value - truth);
                _change += change;
                _max = Math.Max(_max, (int)change);
                if (truth is >= 1 and <= 4 && value == truth) _small++;
            }
        }

        public ViewCoverage Result(string view, string level) =>
            new(view, level, _tables, _refused, Cells, _shown, _shown == 0 ? 0 : _change / _shown, _max, _small);
    }

    private static bool HasData(DashboardView view) => view.Table.Rows.Any(r => !r.IsTotal && r.Cells.Any(c => c.Value is > 0));

    /// <summary>The cells of a table that count children or events: whole numbers in columns that are not rates, shares or averages.</summary>
    public static IEnumerable<(int Row, int Column)> CountCells(ReportTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!IsCountRow(row.Label)) continue;
            for (var c = 0; c < row.Cells.Count; c++)
                if (IsCountColumn(table.Headers[c + 1]) && row.Cells[c].Value is { } v && v == Math.Floor(v))
                    yield return (r, c);
        }
    }

    public static bool IsCountColumn(string header) =>
        !header.Contains('%', StringComparison.Ordinal) && !header.Contains("per 10,000", StringComparison.Ordinal)
        && !header.Contains("per child", StringComparison.OrdinalIgnoreCase) && !header.Contains("Growth", StringComparison.Ordinal);

    public static bool IsCountRow(string label) =>
        !label.StartsWith("Average", StringComparison.Ordinal) && !label.StartsWith("Cost share", StringComparison.Ordinal);

    public static string Describe(IReadOnlyList<ViewCoverage> coverage)
    {
        var lines = new List<string>
        {
            "| view | level | tables | refused as sparse | count cells | shown as a number | share shown | mean abs. change | max abs. change | 1-4 shown as itself |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        lines.AddRange(coverage.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"| {c.View} | {c.Level} | {c.Tables} | {c.RefusedTables} | {c.CountCells:N0} | {c.Shown:N0} | {c.ShownShare:P1} | {c.MeanAbsoluteChange:N2} | {c.MaxAbsoluteChange} | {c.SmallShownAsThemselves} |")));
        return string.Join(Environment.NewLine, lines);
    }
}
