using JoinedUp.Analytics.Linkage;
using JoinedUp.Analytics.Tables;
using JoinedUp.Analytics.Views;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;
using JoinedUp.Store.Linking;
using JoinedUp.Web.Scoping;

namespace JoinedUp.Web.Linking;

/// <summary>
/// The store's linkage report as the user may see it: LA users their own LA, exactly and record by record (the
/// unlinked ones with their reason, named by pseudonym); ICS leads, regional analysts and directors counts only, for
/// the LAs in their scope, each count published through the disclosure control (<see cref="ProtectedLinkage"/>).
/// </summary>
/// <param name="Withheld">Per table id ("counts", "reasons"): why that table is not shown (too sparse to publish).</param>
public sealed record LinkageTables(ReportTable Counts, ReportTable Reasons, IReadOnlyList<UnlinkedRecord> Unlinked, bool CountsOnly,
    IReadOnlyDictionary<string, string>? Withheld = null)
{
    public static readonly string[] CountHeaders = ["LA, year and return", "Records", "Linked", "Unlinked", "Linked (%)"];

    public static IReadOnlyList<string> Notes(bool countsOnly) =>
    [
        "Records: children in the submission; linked: those the last linking run joined to the same child in another return or year.",
        "Linking runs after every import; unlinked records are listed with the reason the linker gave.",
        countsOnly ? DisclosureNotes.For(DisclosureControl.Protected) : "Your own LA's records are shown exactly; children are named by pseudonym only.",
    ];

    public static LinkageTables For(RegionalStore store, Region region, UserScope scope)
    {
        string Name(string la) => region.Contains(la) ? region[la].Name : la;
        if (scope.OwnLa is null)
        {
            var figures = ProtectedLinkage.For(store, scope.LaCodes, scope.Disclosure);
            var rows = figures.Submissions.Select(l => Row($"{Name(l.La)} {l.Year} {ReturnKindNames.TitleOf(l.Return)}", l)).ToList();
            if (rows.Count > 0) rows.Add(Row("All", figures.All) with { IsTotal = true });
            var withheld = new Dictionary<string, string>();
            if (SparseTables.IsSparse(figures.Submissions.SelectMany(l => new[] { l.Records, l.Linked, l.Unlinked })))
            {
                withheld["counts"] = SparseTables.Explanation("This table of linked records");
                rows.Clear();
            }
            var reasonRows = figures.Reasons.Select(r => new ReportRow(r.Reason, [ReportCells.Count(r.Unlinked)])).ToList();
            if (SparseTables.IsSparse(figures.Reasons.Select(r => r.Unlinked)))
            {
                withheld["reasons"] = SparseTables.Explanation("This table of unlinked records by reason");
                reasonRows.Clear();
            }
            return new LinkageTables(
                new ReportTable("Records and linked records by LA, year and return", CountHeaders, rows),
                new ReportTable("Unlinked records by reason", ["Reason", "Unlinked records"], reasonRows),
                [], true, withheld);
        }

        var report = LinkageReport.For(store, scope.OwnLa);
        var unlinked = report.Unlinked.Where(u => u.La == scope.OwnLa).ToList();
        var exact = report.Linkage.Where(c => c.La == scope.OwnLa)
            .Select(c => Row($"{Name(c.La)} {c.Year} {ReturnKindNames.TitleOf(c.Return)}", new LinkageLine(c.La, c.Year, c.Return, Figure.Exact(c.Records), Figure.Exact(c.Linked), Figure.Exact(c.Records - c.Linked))))
            .ToList();
        var reasons = unlinked.GroupBy(u => u.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportRow(g.Key, [ReportCells.Count(Figure.Exact(g.Count()))])).ToList();
        return new LinkageTables(
            new ReportTable("Records and linked records by LA, year and return", CountHeaders, exact),
            new ReportTable("Unlinked records by reason", ["Reason", "Unlinked records"], reasons),
            unlinked, false);
    }

    private static ReportRow Row(string label, LinkageLine l) =>
        new(label, [ReportCells.Count(l.Records), ReportCells.Count(l.Linked), ReportCells.Count(l.Unlinked), ReportCells.Rate(l.Linked, l.Records, 100)]);
}
