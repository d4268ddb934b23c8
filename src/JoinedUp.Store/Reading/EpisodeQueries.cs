using Dapper;
using JoinedUp.Domain.Children;

namespace JoinedUp.Store.Reading;

/// <summary>Episodes of care across every SSDA903 submission, with the child's birth month and sex, streamed.</summary>
public static class EpisodeQueries
{
    private sealed class Row
    {
        public string La { get; init; } = "";
        public int Year { get; init; }
        public string Pseudonym { get; init; } = "";
        public string? BirthMonth { get; init; }
        public int? Sex { get; init; }
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

    /// <param name="laCodes">Only these LAs; null for all.</param>
    public static IEnumerable<LoadedEpisode> LoadedEpisodes(this RegionalStore store, IReadOnlyCollection<string>? laCodes = null) =>
        Loaded(store, laCodes, "s.la, e.pseudonym, e.start_date, s.year");

    /// <summary>As <see cref="LoadedEpisodes"/>, every episode of one child (pseudonym) together, for a history built a child at a time.</summary>
    public static IEnumerable<LoadedEpisode> LoadedEpisodesByChild(this RegionalStore store, IReadOnlyCollection<string>? laCodes = null) =>
        Loaded(store, laCodes, "e.pseudonym, s.la, e.start_date, s.year");

    /// <summary>Each LA's latest SSDA903 return year in use that holds episodes, and the earliest such year of all (null when there is none).</summary>
    public static (IReadOnlyDictionary<string, int> LatestByLa, int? FirstYear) ReturnYearsWithEpisodes(this RegionalStore store, IReadOnlyCollection<string>? laCodes = null)
    {
        using var connection = store.OpenConnection();
        var (filter, parameters) = LaFilter(laCodes);
        var rows = connection.Query<(string La, long First, long Latest)>(
            $"""
            SELECT s.la, MIN(s.year), MAX(s.year) FROM submission s
            WHERE s.return_kind = 'ssda903' AND {Holds.SubmissionHolds.NotHeld} {filter}
              AND EXISTS (SELECT 1 FROM episode e WHERE e.submission_id = s.id)
            GROUP BY s.la
            """, parameters).ToList();
        return (rows.ToDictionary(r => r.La, r => (int)r.Latest, StringComparer.Ordinal), rows.Count == 0 ? null : (int)rows.Min(r => r.First));
    }

    private static (string Filter, DynamicParameters Parameters) LaFilter(IReadOnlyCollection<string>? laCodes)
    {
        var filter = laCodes is null ? "" : "AND s.la IN (" + string.Join(",", laCodes.Select((_, i) => "@la" + i)) + ")";
        var parameters = new DynamicParameters();
        if (laCodes is not null) foreach (var (code, i) in laCodes.Select((c, i) => (c, i))) parameters.Add("la" + i, code);
        return (filter, parameters);
    }

    private static IEnumerable<LoadedEpisode> Loaded(RegionalStore store, IReadOnlyCollection<string>? laCodes, string order)
    {
        using var connection = store.OpenConnection();
        var (filter, parameters) = LaFilter(laCodes);
        var rows = connection.Query<Row>(
            $"""
            SELECT s.la AS La, s.year AS Year, e.pseudonym AS Pseudonym, c.birth_month AS BirthMonth, c.sex AS Sex,
                   e.start_date AS StartDate, e.end_date AS EndDate, e.reason_new_episode AS Rne, e.legal_status AS Ls,
                   e.category_of_need AS Cin, e.placement_type AS Place, e.placement_provider AS Provider, e.reason_ceased AS Rec,
                   e.reason_place_change AS Rpc, e.home_district AS Home, e.placement_district AS Pl, e.urn AS Urn, e.row_number AS RowNumber
            FROM episode e
            JOIN submission s ON s.id = e.submission_id
            LEFT JOIN child c ON c.submission_id = e.submission_id AND c.pseudonym = e.pseudonym
            WHERE s.return_kind = 'ssda903' AND {Holds.SubmissionHolds.NotHeld} {filter}
            ORDER BY {order}
            """, parameters, buffered: false);
        foreach (var r in rows)
        {
            var episode = new EpisodeRecord(r.Pseudonym, DateOnly.Parse(r.StartDate), r.EndDate is null ? null : DateOnly.Parse(r.EndDate),
                r.Rne, r.Ls, r.Cin, r.Place, r.Provider, r.Rec, r.Rpc, r.Home, r.Pl, r.Urn, r.RowNumber);
            DateOnly? birthMonth = r.BirthMonth is null ? null : DateOnly.ParseExact(r.BirthMonth + "-01", "yyyy-MM-dd");
            yield return new LoadedEpisode(r.La, r.Year, birthMonth, r.Sex, episode);
        }
    }
}
