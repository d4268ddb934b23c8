using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Continuity;

/// <summary>An episode a return left open that none of the LA's later returns mentions, where the LA finds it in its own file.</summary>
/// <param name="ReturnYear">The collection year of the return that last shows the episode open.</param>
/// <param name="Row">The episode's row in that return's Episodes table (or element order in XML).</param>
/// <param name="Start">The episode's start date.</param>
public sealed record EpisodeLeftOpen(int ReturnYear, int Row, DateOnly Start);

/// <summary>
/// Episodes an LA's SSDA903 return left open (no end date) that no later return of the LA mentions (the same child and
/// start date), while a later return is loaded: the forecast ends them at the end of the collection year of the return
/// that last shows them open (see the Forecast README, "Care history"), but the LA should correct the data, so they are
/// listed to the LA's own analysts. Each is named by its return year, row and start date: never by a child identifier.
/// </summary>
public static class EpisodesLeftOpen
{
    public static IReadOnlyList<EpisodeLeftOpen> Of(RegionalStore store, string la)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(long Year, long Row, string Start)>(
                """
                SELECT s.year, e.row_number, e.start_date
                FROM episode e JOIN submission s ON s.id = e.submission_id
                WHERE s.la = @la AND s.return_kind = 'ssda903' AND e.end_date IS NULL
                  AND s.year < (SELECT MAX(l.year) FROM submission l WHERE l.la = @la AND l.return_kind = 'ssda903')
                  AND NOT EXISTS (
                      SELECT 1 FROM episode e2 JOIN submission s2 ON s2.id = e2.submission_id
                      WHERE s2.la = @la AND s2.return_kind = 'ssda903' AND s2.year > s.year
                        AND e2.pseudonym = e.pseudonym AND e2.start_date = e.start_date)
                ORDER BY s.year, e.row_number
                """, new { la })
            .Select(r => new EpisodeLeftOpen((int)r.Year, (int)r.Row, DateOnly.Parse(r.Start, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }
}
