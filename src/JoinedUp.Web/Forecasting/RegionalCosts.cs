using JoinedUp.Analytics.Placements;
using JoinedUp.Disclosure;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Store;
using JoinedUp.Store.Keys;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// The forecast's unit costs with the region's own, from the latest placements snapshot each LA in the area sent
/// (see <see cref="SnapshotCosts"/> for which costs are taken and why).
/// </summary>
public static class RegionalCosts
{
    public static ForecastConfiguration For(RegionalStore store, IReadOnlyCollection<string>? laCodes)
    {
        using var connection = store.OpenConnection();
        var placements = SnapshotPlacements.Load(connection, new RecordKeys(RecordKeySecret.For(store)))
            .Where(p => laCodes is null || laCodes.Contains(p.LaCode))
            .GroupBy(p => p.LaCode)
            .SelectMany(la => la.Where(p => p.Year == la.Max(x => x.Year)))
            .Select(p => new SnapshotCost(p.PlacementType, p.WeeklyCost, p.SocialCareCost, p.EducationCost, p.HealthCost));
        return ForecastConfiguration.Default().WithSnapshotCosts(placements);
    }
}
