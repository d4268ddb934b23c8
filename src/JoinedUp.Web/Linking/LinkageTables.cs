using JoinedUp.Analytics.Disclosure;
using JoinedUp.Register.Disclosure;
using JoinedUp.Analytics.Tables;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Store.Linking;
using JoinedUp.Web.Scoping;

namespace JoinedUp.Web.Linking;

/// <summary>
/// The store's linkage report as the user may see it: LA users their own LA, record by record (the unlinked ones with
/// their reason, named by pseudonym); ICS leads, regional analysts and directors counts only, for the LAs in their
/// scope, with small numbers suppressed (linked against unlinked, per LA, year and return, with totals: counts of 1 to 4
/// and the next-smallest that would reveal them, as the register's regional figures; a zero is not hidden).
/// </summary>
public sealed record LinkageTables(ReportTable Counts, ReportTable Reasons, IReadOnlyList<UnlinkedRecord> Unlinked, bool CountsOnly)
{
    public static readonly string[] CountHeaders = ["LA, year and return", "Records", "Linked", "Unlinked", "Linked (%)"];

    public static IReadOnlyList<string> Notes(bool countsOnly) =>
    [
        "Records: children in the submission; linked: those the last linking run joined to the same child in another return or year.",
        "Linking runs after every import; unlinked records are listed with the reason the linker gave.",
        countsOnly ? "c: fewer than 5 children, or withheld so that a total cannot reveal such a figure." : "Your own LA's records are shown unsuppressed; children are named by pseudonym only.",
    ];

    public static LinkageTables For(RegionalStore store, Region region, UserScope scope)
    {
        var countsOnly = scope.OwnLa is null;
        var report = LinkageReport.For(store, scope.OwnLa);
        var counts = report.Linkage.Where(c => scope.LaCodes.Contains(c.La)).ToList();
        var unlinked = report.Unlinked.Where(u => scope.LaCodes.Contains(u.La)).ToList();
        string Name(string la) => region.Contains(la) ? region[la].Name : la;

        var rows = new List<ReportRow>();
        if (countsOnly && counts.Count > 0)
        {
            var grid = new int[counts.Count, 2];
            for (var i = 0; i < counts.Count; i++) (grid[i, 0], grid[i, 1]) = ((int)counts[i].Linked, (int)(counts[i].Records - counts[i].Linked));
            var table = SmallNumberSuppression.Suppress(counts.Select(c => $"{c.La}/{c.Year}/{c.Return}").ToList(), ["linked", "unlinked"], grid);
            for (var i = 0; i < counts.Count; i++)
                rows.Add(Row(counts[i], Name, F(table.RowTotals[i]), F(table.Cells[i][0]), F(table.Cells[i][1])));
            rows.Add(new ReportRow("All", [ReportCells.Count(F(table.GrandTotal)), ReportCells.Count(F(table.ColumnTotals[0])), ReportCells.Count(F(table.ColumnTotals[1])),
                ReportCells.Rate(F(table.ColumnTotals[0]), F(table.GrandTotal), 100)], IsTotal: true));
        }
        else
        {
            foreach (var c in counts)
                rows.Add(Row(c, Name, new Figure(c.Records, false), new Figure(c.Linked, false), new Figure(c.Records - c.Linked, false)));
        }

        var reasons = unlinked.GroupBy(u => u.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var reasonRows = new List<ReportRow>();
        if (countsOnly && reasons.Count > 0)
        {
            var grid = new int[reasons.Count, 1];
            for (var i = 0; i < reasons.Count; i++) grid[i, 0] = reasons[i].Count();
            var table = SmallNumberSuppression.Suppress(reasons.Select(g => g.Key).ToList(), ["unlinked"], grid);
            for (var i = 0; i < reasons.Count; i++) reasonRows.Add(new ReportRow(reasons[i].Key, [ReportCells.Count(F(table.Cells[i][0]))]));
        }
        else reasonRows.AddRange(reasons.Select(g => new ReportRow(g.Key, [ReportCells.Count(new Figure(g.Count(), false))])));

        return new LinkageTables(
            new ReportTable("Records and linked records by LA, year and return", CountHeaders, rows),
            new ReportTable("Unlinked records by reason", ["Reason", "Unlinked records"], reasonRows),
            countsOnly ? [] : unlinked,
            countsOnly);
    }

    private static Figure F(SuppressedCount count) => new(count.Value ?? 0, count.IsSuppressed);

    private static ReportRow Row(LinkageCount c, Func<string, string> name, Figure records, Figure linked, Figure notLinked) =>
        new($"{name(c.La)} {c.Year} {c.Return}",
            [ReportCells.Count(records), ReportCells.Count(linked), ReportCells.Count(notLinked), ReportCells.Rate(linked, records, 100)]);
}
