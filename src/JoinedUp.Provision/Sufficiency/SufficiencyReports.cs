using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Occupancy;
using JoinedUp.Provision.Storage;
using JoinedUp.Store;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>Reads what a sufficiency analysis needs from the store and runs it.</summary>
public static class SufficiencyReports
{
    /// <param name="year">The snapshot year, or null for the latest the store holds.</param>
    /// <param name="onlyLa">One LA of the region to report on alone (an LA user's own), instead of a footprint.</param>
    public static SufficiencyResult Compute(RegionalStore store, Region region, string? footprint, int? year, double distanceKm, DisclosureControl disclosure, string? onlyLa = null)
    {
        if (!(distanceKm > 0) || distanceKm > 500) throw new ArgumentException($"The distance must be above 0 and at most 500 km, not {distanceKm}.");
        var years = Placements.Years(store);
        if (years.Count == 0) throw new ArgumentException("The store holds no placements snapshot: import the LAs' snapshots first (joinedup import).");
        var chosen = year ?? years[^1];
        if (!years.Contains(chosen)) throw new ArgumentException($"The store holds no placements snapshot for {chosen}; it holds {string.Join(", ", years)}.");
        var centroids = DistrictCentroids.Shipped;
        var provision = new ProvisionStore(store);
        var request = onlyLa is null
            ? new SufficiencyRequest(region, SufficiencyRequest.FindFootprint(region, footprint), chosen, distanceKm)
            : new SufficiencyRequest(new Region(region[onlyLa].Name, [region[onlyLa]]), null, chosen, distanceKm);
        var growth = DemandForecast.Growth(store, request.LaCodes, chosen, request.ForecastYears);
        return SufficiencyAnalysis.Compute(request, Placements.Load(store, region, chosen, centroids), provision.Establishments(), provision.Services(), centroids, disclosure, growth);
    }
}
