using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// Cohort journeys for a region: of the children who entered a high-cost placement, how many had each antecedent
/// before it, broken down by life stage at entry, by sex and by ethnic group (for disproportionality), with the median
/// time before. Every count goes through the viewer's <see cref="DisclosureControl"/> (the LA's own children exact,
/// every other cell perturbed); a breakdown too sparse to publish is refused whole (<see cref="SparseTables"/>), and a
/// median is shown only beside a count of at least <see cref="DisclosureControl.MagnitudeMinimum"/>.
/// </summary>
public sealed class CohortJourneys
{
    public const string AllEntries = "All children entering";
    public const string LifeStageBreakdown = "life stage at entry";
    public const string SexBreakdown = "sex";
    public const string EthnicGroupBreakdown = "ethnic group";

    /// <summary>One breakdown: its table (rows: all children, then each antecedent) or the reason it is refused; medians by row.</summary>
    public sealed record Breakdown(string Name, ProtectedTable? Table, string? Refusal, IReadOnlyDictionary<string, double?> MedianMonthsBefore);

    public required IReadOnlyList<Breakdown> Breakdowns { get; init; }

    public static IReadOnlyList<string> RowLabels { get; } = [AllEntries, .. Antecedent.All.Select(a => a.Name)];

    public static CohortJourneys Build(IEnumerable<HighCostEntry> entries, DisclosureControl disclosure)
    {
        var list = entries.ToList();
        // One record per child and row: the child itself in "All children entering", and once per antecedent they had.
        var rows = list.Select(e => (Row: AllEntries, Entry: e))
            .Concat(list.SelectMany(e => e.DaysBefore.Keys.Select(k => (Row: k, Entry: e)))).ToList();
        var records = rows.Select(r => new Keyed(r.Entry.LaCode, r.Entry.RecordKey, r.Row, r.Entry)).ToList();
        Breakdown Make(string name, IReadOnlyList<string> columns, Func<HighCostEntry, string> columnOf)
        {
            var table = ProtectedTable.Count(RowLabels, columns, records, r => r.Row, r => columnOf(r.Entry), disclosure);
            var medians = RowLabels.ToDictionary(row => row, row =>
            {
                if (row == AllEntries || !DisclosureControl.ShowsMagnitude(table.RowTotal(row))) return (double?)null;
                var days = list.Where(e => e.DaysBefore.ContainsKey(row)).Select(e => e.DaysBefore[row]).Order().ToList();
                if (days.Count == 0) return null;
                var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0;
                return Math.Round(median / 30.44, 1);
            }, StringComparer.Ordinal);
            return SparseTables.IsSparse(table.All)
                ? new Breakdown(name, null, SparseTables.Explanation($"The cohort journeys by {name}"), new Dictionary<string, double?>())
                : new Breakdown(name, table, null, medians);
        }
        return new CohortJourneys
        {
            Breakdowns =
            [
                Make(LifeStageBreakdown, LifeStage.All, e => e.LifeStage),
                Make(SexBreakdown, Cohort.Sexes.All, e => e.Sex),
                Make(EthnicGroupBreakdown, Cohort.EthnicGroup.All, e => e.EthnicGroup),
            ],
        };
    }

    private sealed record Keyed(string LaCode, byte RecordKey, string Row, HighCostEntry Entry) : IKeyedRecord;
}
