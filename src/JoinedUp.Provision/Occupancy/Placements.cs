using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Map;
using JoinedUp.Store;
using JoinedUp.Store.Keys;

namespace JoinedUp.Provision.Occupancy;

/// <summary>
/// Who is placed where: every placements snapshot row in the store, joined (by the child's pseudonym, which is the same
/// in every return of an LA) to the SSDA903 episode of the same LA and year open on 31 March for the home and placement
/// districts. A snapshot child without such an episode keeps unknown districts and distance.
/// </summary>
public static class Placements
{
    private sealed class SnapshotRow
    {
        public string La { get; init; } = "";
        public long Year { get; init; }
        public string Pseudonym { get; init; } = "";
        public long? Age { get; init; }
        public string PlacementType { get; init; } = "";
        public string? Urn { get; init; }
        public string? Host { get; init; }
        public string? Sourcing { get; init; }
        public double WeeklyCost { get; init; }
        public string? PrimaryNeed { get; init; }
        public long? Behaviour { get; init; }
    }

    private sealed class EpisodeRow
    {
        public string La { get; init; } = "";
        public long Year { get; init; }
        public string Pseudonym { get; init; } = "";
        public string? Home { get; init; }
        public string? Placed { get; init; }
    }

    /// <summary>The snapshot years the store holds, latest last.</summary>
    public static IReadOnlyList<int> Years(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<long>("SELECT DISTINCT year FROM submission WHERE return_kind = 'snapshot' ORDER BY year").Select(y => (int)y).ToList();
    }

    public static IReadOnlyList<PlacedChild> Load(RegionalStore store, Region region, int year, DistrictCentroids centroids)
    {
        var keys = new RecordKeys(RecordKeySecret.For(store));
        using var connection = store.OpenConnection();
        var census = $"{year:D4}-03-31";
        var episodes = new Dictionary<(string, string), EpisodeRow>();
        foreach (var e in connection.Query<EpisodeRow>(
            """
            SELECT s.la AS La, s.year AS Year, e.pseudonym AS Pseudonym, e.home_district AS Home, e.placement_district AS Placed
            FROM episode e JOIN submission s ON s.id = e.submission_id
            WHERE s.return_kind = 'ssda903' AND s.year = @year AND e.start_date <= @census AND (e.end_date IS NULL OR e.end_date > @census)
            ORDER BY e.start_date
            """, new { year, census }))
            episodes[(e.La, e.Pseudonym)] = e; // the latest episode open that day wins
        var laNames = region.Members.ToDictionary(la => la.DfeCode, la => la.Name);
        var regionNames = region.Members.Select(la => la.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return connection.Query<SnapshotRow>(
            """
            SELECT s.la AS La, s.year AS Year, p.pseudonym AS Pseudonym, p.age AS Age, p.placement_type AS PlacementType, p.urn AS Urn,
                   p.host_authority AS Host, p.sourcing AS Sourcing, p.weekly_cost AS WeeklyCost, p.primary_need AS PrimaryNeed,
                   p.behaviour_that_challenges AS Behaviour
            FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id
            WHERE s.return_kind = 'snapshot' AND s.year = @year
            ORDER BY s.la, p.row_number
            """, new { year }).Select(r =>
        {
            episodes.TryGetValue((r.La, r.Pseudonym), out var episode);
            var home = DistrictCentroids.DistrictOf(episode?.Home);
            var placed = DistrictCentroids.DistrictOf(episode?.Placed);
            var type = EstablishmentType.ForSnapshotPlacement(r.PlacementType);
            var risk = r.Behaviour == 1 || type == EstablishmentType.SecureChildrensHome ? RiskLevel.High : RiskLevel.Standard;
            var host = string.IsNullOrWhiteSpace(r.Host) ? null : r.Host.Trim();
            bool? inLa = host is null ? null : laNames.TryGetValue(r.La, out var name) && string.Equals(name, host, StringComparison.OrdinalIgnoreCase);
            bool? inRegion = host is null ? null : regionNames.Contains(host);
            return new PlacedChild(r.La, (int)r.Year, keys.Of(r.Pseudonym), r.Age is { } a ? (int)a : null, r.PlacementType.Trim().ToLowerInvariant(), type,
                NeedGroup.OfSenType(r.PrimaryNeed), risk, string.IsNullOrWhiteSpace(r.Urn) ? null : r.Urn.Trim(), host,
                ContractStatus.Parse(r.Sourcing) ?? PlacedChild.NotRecorded, r.WeeklyCost, home, placed, centroids.DistanceKm(home, placed), inLa, inRegion);
        }).ToList();
    }
}
