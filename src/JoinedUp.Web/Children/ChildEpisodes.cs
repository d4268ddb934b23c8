using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Web.Children;

/// <summary>A child's episode of care as an LA user sees it, from one of their LA's returns.</summary>
public sealed class ChildEpisode
{
    public int Year { get; init; }
    public string StartDate { get; init; } = "";
    public string? EndDate { get; init; }
    public string? ReasonNewEpisode { get; init; }
    public string? LegalStatus { get; init; }
    public string? CategoryOfNeed { get; init; }
    public string? PlacementType { get; init; }
    public string? PlacementProvider { get; init; }
    public string? ReasonEpisodeCeased { get; init; }
    public string? ReasonPlaceChange { get; init; }
    public string? HomeDistrict { get; init; }
    public string? PlacementDistrict { get; init; }
}

/// <summary>Finding a child by pseudonym: which LAs' returns hold them, and their episodes in one LA's returns.</summary>
public static class ChildEpisodes
{
    public static IReadOnlySet<string> LasHolding(RegionalStore store, string pseudonym)
    {
        using var connection = store.OpenConnection();
        return connection.Query<string>(
            """
            SELECT DISTINCT s.la FROM submission s
            WHERE EXISTS (SELECT 1 FROM child c WHERE c.submission_id = s.id AND c.pseudonym = @pseudonym)
               OR EXISTS (SELECT 1 FROM episode e WHERE e.submission_id = s.id AND e.pseudonym = @pseudonym)
            """, new { pseudonym }).ToHashSet();
    }

    /// <summary>The child's episodes in the LA's latest return that holds each episode (later returns supersede earlier ones).</summary>
    public static IReadOnlyList<ChildEpisode> InLa(RegionalStore store, string laCode, string pseudonym)
    {
        using var connection = store.OpenConnection();
        var rows = connection.Query<ChildEpisode>(
            """
            SELECT s.year AS Year, e.start_date AS StartDate, e.end_date AS EndDate, e.reason_new_episode AS ReasonNewEpisode,
                   e.legal_status AS LegalStatus, e.category_of_need AS CategoryOfNeed, e.placement_type AS PlacementType,
                   e.placement_provider AS PlacementProvider, e.reason_ceased AS ReasonEpisodeCeased,
                   e.reason_place_change AS ReasonPlaceChange, e.home_district AS HomeDistrict, e.placement_district AS PlacementDistrict
            FROM episode e JOIN submission s ON s.id = e.submission_id
            WHERE s.la = @laCode AND s.return_kind = 'ssda903' AND e.pseudonym = @pseudonym
            ORDER BY e.start_date, s.year DESC
            """, new { laCode, pseudonym });
        return rows.GroupBy(r => r.StartDate).Select(g => g.First()).ToList();
    }
}
