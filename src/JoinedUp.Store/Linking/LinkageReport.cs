using Dapper;

namespace JoinedUp.Store.Linking;

/// <summary>How many records of one submission (LA, year, return) there are, and how many link to the same child in another return.</summary>
public sealed record LinkageCount(string La, int Year, string Return, long Records, long Linked);

/// <summary>A record that links to no other return (or not to one it should), and why.</summary>
public sealed record UnlinkedRecord(string La, int Year, string Return, string Pseudonym, string Reason);

/// <summary>
/// The linkage report: per LA, year and return, records and how many are linked, and every unlinked record with its
/// reason, as the last linking run (run after each import) left them. Only records still in the store count: a load
/// that committed before its linking ran (see <see cref="PendingLinks"/>) never makes a count negative. For the CLI (`joinedup report linkage`) and the web.
/// </summary>
public sealed record LinkageReport(IReadOnlyList<LinkageCount> Linkage, IReadOnlyList<UnlinkedRecord> Unlinked)
{
    public static LinkageReport For(RegionalStore store, string? la = null)
    {
        using var connection = store.OpenConnection();
        var counts = connection.Query<(string La, long Year, string Return, long Records, long Unlinked)>(
            """
            SELECT s.la, s.year, s.return_kind, COUNT(*) AS records,
                   (SELECT COUNT(*) FROM child_unlinked u WHERE u.la = s.la AND u.year = s.year AND u.return_kind = s.return_kind
                        AND EXISTS (SELECT 1 FROM child k WHERE k.submission_id = s.id AND k.pseudonym = u.pseudonym)) AS unlinked
            FROM submission s JOIN child c ON c.submission_id = s.id
            WHERE @la IS NULL OR s.la = @la
            GROUP BY s.id, s.la, s.year, s.return_kind
            ORDER BY s.la, s.year, s.return_kind
            """, new { la }).Select(r => new LinkageCount(r.La, (int)r.Year, r.Return, r.Records, r.Records - r.Unlinked)).ToList();
        var unlinked = connection.Query<(string La, long Year, string Return, string Pseudonym, string Reason)>(
            """
            SELECT u.la, u.year, u.return_kind, u.pseudonym, u.reason FROM child_unlinked u
            WHERE (@la IS NULL OR u.la = @la) AND EXISTS (SELECT 1 FROM submission s JOIN child k ON k.submission_id = s.id
                WHERE s.la = u.la AND s.year = u.year AND s.return_kind = u.return_kind AND k.pseudonym = u.pseudonym)
            ORDER BY u.la, u.year, u.return_kind, u.pseudonym
            """, new { la })
            .Select(r => new UnlinkedRecord(r.La, (int)r.Year, r.Return, r.Pseudonym, r.Reason)).ToList();
        return new LinkageReport(counts, unlinked);
    }

    /// <summary>How each link was made, with its confidence, for one child's pseudonym in one LA.</summary>
    public static IReadOnlyList<(int Year, string Return, int LinkedYear, string LinkedReturn, string LinkedPseudonym, string Method, double Confidence)> LinksOf(
        RegionalStore store, string la, string pseudonym)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(long, string, long, string, string, string, double)>(
            "SELECT year, return_kind, linked_year, linked_return, linked_pseudonym, method, confidence FROM child_link WHERE la = @la AND pseudonym = @pseudonym ORDER BY year, return_kind, linked_year, linked_return",
            new { la, pseudonym }).Select(r => ((int)r.Item1, r.Item2, (int)r.Item3, r.Item4, r.Item5, r.Item6, r.Item7)).ToList();
    }
}
