using JoinedUp.Analytics.Placements;
using JoinedUp.Forecast.Configuration;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// The forecast's unit costs with the region's own, from the latest placements snapshot each LA in the area sent
/// (see <see cref="SnapshotCosts"/> for which costs are taken and why).
/// </summary>
public static class RegionalCosts
{
    /// <param name="placements">Every snapshot placement loaded (the web passes its cached facts' placements).</param>
    public static ForecastConfiguration For(IEnumerable<SnapshotPlacement> placements, IReadOnlyCollection<string>? laCodes) =>
        ForecastConfiguration.Default().WithSnapshotCosts(placements
            .Where(p => laCodes is null || laCodes.Contains(p.LaCode))
            .GroupBy(p => p.LaCode)
            .SelectMany(la => la.Where(p => p.Year == la.Max(x => x.Year)))
            .Select(p => new SnapshotCost(p.PlacementType, p.WeeklyCost, p.SocialCareCost, p.EducationCost, p.HealthCost)));
}
