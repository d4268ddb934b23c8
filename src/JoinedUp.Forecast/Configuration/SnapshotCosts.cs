namespace JoinedUp.Forecast.Configuration;

/// <summary>One placement of the regional placements snapshot: its type as the snapshot names it, its weekly cost and who pays it (£ a week).</summary>
public sealed record SnapshotCost(string PlacementType, double WeeklyCost, double SocialCare, double Education, double Health);

/// <summary>
/// The region's own costs, from the placements snapshot, in place of the default unit costs where it holds enough
/// placements of a kind (at least <see cref="MinimumPlacements"/>). The snapshot lists high-cost placements only, so
/// its average weekly cost stands for the whole category only where nearly every placement is high-cost: residential
/// (children's homes, residential special schools, tier 4) and secure. For every category it covers, the snapshot's
/// split of the cost between social care, education and health replaces the assumed split.
/// </summary>
public static class SnapshotCosts
{
    public const int MinimumPlacements = 5;
    private static readonly HashSet<string> CostsTaken = ["residential", "secure"];

    /// <summary>The forecast category of a snapshot placement type (the snapshot template's drop-down values).</summary>
    public static string CategoryOf(string placementType) => placementType switch
    {
        "children's home" or "residential special school" or "tier 4 inpatient" => "residential",
        "secure" => "secure",
        "supported accommodation" => "supported",
        "fostering" => "fostering",
        _ => "other",
    };

    public static ForecastConfiguration WithSnapshotCosts(this ForecastConfiguration configuration, IEnumerable<SnapshotCost> placements)
    {
        var byCategory = placements.Where(p => p.WeeklyCost > 0).GroupBy(p => CategoryOf(p.PlacementType))
            .Where(g => g.Count() >= MinimumPlacements && configuration.Categories.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.ToList());
        if (byCategory.Count == 0) return configuration;
        var costs = configuration.Costs.Select(cost =>
        {
            if (!byCategory.TryGetValue(cost.Category, out var found)) return cost;
            var total = found.Sum(p => p.WeeklyCost);
            var shares = new Dictionary<string, double>
            {
                [ForecastConfiguration.SocialCare] = found.Sum(p => p.SocialCare) / total,
                [ForecastConfiguration.Education] = found.Sum(p => p.Education) / total,
                [ForecastConfiguration.Health] = found.Sum(p => p.Health) / total,
            };
            return new PlacementCost
            {
                Category = cost.Category,
                Components = CostsTaken.Contains(cost.Category)
                    ? [new CostComponent($"regional placements snapshot ({found.Count} placements)", total / found.Count, 1.0)]
                    : cost.Components,
                AgencyShares = shares,
            };
        }).ToList();
        return configuration.WithCosts(costs);
    }
}
