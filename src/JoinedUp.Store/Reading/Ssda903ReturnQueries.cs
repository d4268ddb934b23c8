using Dapper;
using JoinedUp.Domain.Children;
using JoinedUp.Store.Holds;

namespace JoinedUp.Store.Reading;

/// <summary>An LA's loaded SSDA903 return of one year, read back whole (for the next year's previous-year rules).</summary>
public static class Ssda903ReturnQueries
{
    private sealed class SubmissionRow
    {
        public long Id { get; init; }
        public string La { get; init; } = "";
        public int Year { get; init; }
        public string LoadedAt { get; init; } = "";
    }

    private sealed class ChildRow
    {
        public string Pseudonym { get; init; } = "";
        public int? Sex { get; init; }
        public string? BirthMonth { get; init; }
        public string? Ethnicity { get; init; }
        public int RowNumber { get; init; }
    }

    private sealed class EpisodeRow
    {
        public string Pseudonym { get; init; } = "";
        public string StartDate { get; init; } = "";
        public string? EndDate { get; init; }
        public string? Rne { get; init; }
        public string? Ls { get; init; }
        public string? Cin { get; init; }
        public string? Place { get; init; }
        public string? Provider { get; init; }
        public string? Rec { get; init; }
        public string? Rpc { get; init; }
        public string? Home { get; init; }
        public string? Pl { get; init; }
        public string? Urn { get; init; }
        public int RowNumber { get; init; }
    }

    private sealed class BlockRow
    {
        public string TableName { get; init; } = "";
        public int FirstRow { get; init; }
        public string Columns { get; init; } = "";
        public string Rows { get; init; } = "";
    }

    /// <summary>
    /// The current SSDA903 submission of <paramref name="la"/> for collection year <paramref name="year"/>, or null when
    /// the store holds none. A submission held for the LA's confirmation (docs/decisions/0009) is not used.
    /// </summary>
    public static StoredSsda903Return? LoadedSsda903Return(this RegionalStore store, string la, int year)
    {
        using var connection = store.OpenConnection();
        var submission = connection.QuerySingleOrDefault<SubmissionRow>(
            $"""
            SELECT s.id AS Id, s.la AS La, s.year AS Year, s.loaded_at AS LoadedAt FROM submission s
            WHERE s.la = @la AND s.return_kind = 'ssda903' AND s.year = @year AND {SubmissionHolds.NotHeld}
            """, new { la, year });
        if (submission is null) return null;
        var id = new { id = submission.Id };
        var children = connection.Query<ChildRow>(
                """
                SELECT pseudonym AS Pseudonym, sex AS Sex, birth_month AS BirthMonth, ethnicity AS Ethnicity, row_number AS RowNumber
                FROM child WHERE submission_id = @id ORDER BY row_number
                """, id)
            .Select(c => new ChildRecord(c.Pseudonym, c.Sex, c.BirthMonth is null ? null : DateOnly.ParseExact(c.BirthMonth + "-01", "yyyy-MM-dd"), c.Ethnicity, c.RowNumber))
            .ToList();
        var episodes = connection.Query<EpisodeRow>(
                """
                SELECT pseudonym AS Pseudonym, start_date AS StartDate, end_date AS EndDate, reason_new_episode AS Rne, legal_status AS Ls,
                       category_of_need AS Cin, placement_type AS Place, placement_provider AS Provider, reason_ceased AS Rec,
                       reason_place_change AS Rpc, home_district AS Home, placement_district AS Pl, urn AS Urn, row_number AS RowNumber
                FROM episode WHERE submission_id = @id ORDER BY row_number
                """, id)
            .Select(e => new EpisodeRecord(e.Pseudonym, DateOnly.Parse(e.StartDate, System.Globalization.CultureInfo.InvariantCulture),
                e.EndDate is null ? null : DateOnly.Parse(e.EndDate, System.Globalization.CultureInfo.InvariantCulture),
                e.Rne, e.Ls, e.Cin, e.Place, e.Provider, e.Rec, e.Rpc, e.Home, e.Pl, e.Urn, e.RowNumber))
            .ToList();
        var rows = new List<StoredReturnRow>();
        foreach (var block in connection.Query<BlockRow>(
                     """
                     SELECT table_name AS TableName, first_row AS FirstRow, columns AS Columns, rows AS Rows
                     FROM return_block WHERE submission_id = @id ORDER BY table_name, first_row
                     """, id))
        {
            foreach (var fields in ReturnBlocks.Rows(block.FirstRow, block.Columns, block.Rows))
            {
                var row = fields.TryGetValue("row", out var number) && int.TryParse(number, out var n) ? n : block.FirstRow;
                rows.Add(new StoredReturnRow(block.TableName, fields.GetValueOrDefault("child"), row, fields));
            }
        }
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        if (children.Count > 0) tables.Add("header");
        if (episodes.Count > 0) tables.Add("episodes");
        foreach (var row in rows) tables.Add(row.Table);
        return new StoredSsda903Return(submission.Id, submission.La, submission.Year, submission.LoadedAt, children, episodes, rows, tables);
    }
}
