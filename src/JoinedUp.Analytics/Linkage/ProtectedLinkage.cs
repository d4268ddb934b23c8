using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Store;
using JoinedUp.Store.Keys;

namespace JoinedUp.Analytics.Linkage;

/// <summary>One submission's records, linked and unlinked, as published.</summary>
public sealed record LinkageLine(string La, int Year, string Return, Figure Records, Figure Linked, Figure Unlinked);

/// <summary>
/// The linkage report's counts as other LAs', ICSs' and the region's users may see them: every count of records
/// (per submission, per reason, and the totals) is a cell of its own children, counted with their record keys and
/// published through the viewer's disclosure control, so "unlinked by reason" totals minus the published cells give
/// noise, not a child.
/// </summary>
public sealed record ProtectedLinkage(IReadOnlyList<LinkageLine> Submissions, LinkageLine All, IReadOnlyList<(string Reason, Figure Unlinked)> Reasons)
{
    private sealed class Record
    {
        public string La { get; init; } = "";
        public long Year { get; init; }
        public string Return { get; init; } = "";
        public string Pseudonym { get; init; } = "";
        public string? Reason { get; init; }
    }

    public static ProtectedLinkage For(RegionalStore store, IReadOnlySet<string> las, DisclosureControl disclosure)
    {
        var keys = new RecordKeys(RecordKeySecret.For(store));
        using var connection = store.OpenConnection();
        var records = connection.Query<Record>(
            """
            SELECT s.la AS La, s.year AS Year, s.return_kind AS Return, c.pseudonym AS Pseudonym, u.reason AS Reason
            FROM submission s JOIN child c ON c.submission_id = s.id
            LEFT JOIN (SELECT la, year, return_kind, pseudonym, MIN(reason) AS reason FROM child_unlinked GROUP BY la, year, return_kind, pseudonym) u
              ON u.la = s.la AND u.year = s.year AND u.return_kind = s.return_kind AND u.pseudonym = c.pseudonym
            ORDER BY s.la, s.year, s.return_kind
            """, buffered: false);
        var lines = new List<LinkageLine>();
        var reasons = new SortedDictionary<string, CellCount>(StringComparer.Ordinal);
        CellCount allRecords = new(), allLinked = new(), allUnlinked = new();
        CellCount lineRecords = new(), lineLinked = new(), lineUnlinked = new();
        (string La, long Year, string Return)? current = null;
        void Close()
        {
            if (current is { } c)
                lines.Add(new LinkageLine(c.La, (int)c.Year, c.Return, disclosure.Publish(lineRecords), disclosure.Publish(lineLinked), disclosure.Publish(lineUnlinked)));
            (lineRecords, lineLinked, lineUnlinked) = (new(), new(), new());
        }
        foreach (var r in records)
        {
            if (!las.Contains(r.La)) continue;
            if (current is not { } c || c.La != r.La || c.Year != r.Year || c.Return != r.Return)
            {
                Close();
                current = (r.La, r.Year, r.Return);
            }
            var key = keys.Of(r.Pseudonym);
            var own = disclosure.IsOwn(r.La);
            lineRecords.Add(key, own);
            allRecords.Add(key, own);
            if (r.Reason is null)
            {
                lineLinked.Add(key, own);
                allLinked.Add(key, own);
                continue;
            }
            lineUnlinked.Add(key, own);
            allUnlinked.Add(key, own);
            var cell = reasons.GetValueOrDefault(r.Reason);
            cell.Add(key, own);
            reasons[r.Reason] = cell;
        }
        Close();
        return new ProtectedLinkage(lines, new LinkageLine("", 0, "", disclosure.Publish(allRecords), disclosure.Publish(allLinked), disclosure.Publish(allUnlinked)),
            reasons.Select(r => (r.Key, disclosure.Publish(r.Value))).OrderByDescending(r => r.Item2.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList());
    }
}
