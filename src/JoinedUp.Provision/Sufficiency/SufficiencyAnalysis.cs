using System.Globalization;
using JoinedUp.Disclosure;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Map;
using JoinedUp.Provision.Occupancy;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>
/// The sufficiency and gap analysis of seed 000's Recommendation 2 for one area: demand (children placed, by kind of
/// setting, need and risk) against registered places able to meet it within a chosen distance; where the area's children
/// are placed; what spot purchasing costs against framework prices; and the community services the LAs' service mapping
/// returns list. Every count of children goes through <see cref="DisclosureControl"/>; a table most of whose cells
/// would be small is refused whole (<see cref="SparseTables"/>), and so is anything derived from it.
/// </summary>
public static class SufficiencyAnalysis
{
    public static SufficiencyResult Compute(SufficiencyRequest request, IReadOnlyList<PlacedChild> placed, IReadOnlyList<Establishment> establishments,
        IReadOnlyList<CommunityService> services, DistrictCentroids centroids, DisclosureControl disclosure,
        IReadOnlyDictionary<string, double>? growth = null)
    {
        var codes = request.LaCodes.ToHashSet(StringComparer.Ordinal);
        var children = placed.Where(c => c.Year == request.Year && codes.Contains(c.LaCode)).ToList();
        var laNames = request.LaCodes.Select(c => request.Region[c].Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var centre = Centre(children, centroids);
        double? FromCentre(Establishment e) => centre is { } c ? centroids.DistanceKm(c.Latitude, c.Longitude, e.District) : null;
        var distances = establishments.ToDictionary(e => e.Urn, FromCentre);

        // Demand against supply: by kind of setting, need and risk; where that is too sparse to publish, by need and risk
        // across every kind of residential setting; where that is too, not at all.
        var breakdown = DemandBreakdown.BySetting;
        var demand = Demand(children, establishments, distances, request.DistanceKm, disclosure, bySetting: true);
        if (SparseTables.IsSparse(demand.SelectMany(d => new[] { d.Children, d.PlacedBeyond })))
        {
            breakdown = DemandBreakdown.AnySetting;
            demand = Demand(children, establishments, distances, request.DistanceKm, disclosure, bySetting: false);
        }
        var demandRefused = SparseTables.IsSparse(demand.SelectMany(d => new[] { d.Children, d.PlacedBeyond }))
            ? SparseTables.Explanation("The table of demand against places") : null;
        if (demandRefused is not null) demand = [];
        if (growth is not null)
            demand = demand.Select(d => d with
            {
                ForecastChildren = (long)Math.Round(d.Children.Value * (d.Type == DemandRow.AnyResidentialSetting ? growth["residential"] : growth[DemandForecast.CategoryOf(d.Type)])),
            }).ToList();
        var ranked = demand.Where(d => d.Gap > 0 || d.NoneWithinReach)
            .OrderByDescending(d => d.NoneWithinReach).ThenByDescending(d => d.Gap).ThenBy(d => d.Label, StringComparer.Ordinal).ToList();

        // Occupancy by LA and for the area.
        OccupancyRow Occupancy(string label, IReadOnlyList<PlacedChild> group, bool isTotal)
        {
            var known = group.Where(c => c.DistanceKm is not null).ToList();
            var knownFigure = disclosure.Count(known);
            var median = known.Count == 0 || !DisclosureControl.ShowsMagnitude(knownFigure) ? Figure.WithheldMark
                : Median(known.Select(c => c.DistanceKm!.Value)).ToString("0.0", CultureInfo.InvariantCulture);
            return new OccupancyRow(label, disclosure.Count(group),
                disclosure.Count(group.Where(c => c.InLa == true)),
                disclosure.Count(group.Where(c => c.InLa == false && c.InRegion == true)),
                disclosure.Count(group.Where(c => c.InRegion == false)),
                disclosure.Count(group.Where(c => c.InLa is null)),
                median,
                disclosure.Count(group.Where(c => c.Sourcing == ContractStatus.Spot)),
                disclosure.Count(group.Where(c => c.Sourcing == ContractStatus.Framework)),
                disclosure.Count(group.Where(c => c.Sourcing == ContractStatus.Block)),
                disclosure.Count(group.Where(c => c.Sourcing == PlacedChild.NotRecorded)), isTotal);
        }
        var occupancy = request.LaCodes.OrderBy(c => request.Region[c].Name, StringComparer.Ordinal)
            .Select(code => Occupancy(request.Region[code].Name, children.Where(c => c.LaCode == code).ToList(), false))
            .Append(Occupancy($"All of {request.AreaName}", children, true)).ToList();
        var occupancyRefused = SparseTables.IsSparse(occupancy.SelectMany(o => new[] { o.Children, o.InLa, o.ElsewhereInRegion, o.OutsideRegion, o.HostNotKnown }))
            ? SparseTables.Explanation("The table of where children are placed") : null;
        if (occupancyRefused is not null) occupancy = [];

        // Spot against framework: by kind of setting, or across every kind where that is too sparse to publish.
        var costs = Costs(children, establishments, disclosure, bySetting: true);
        if (SparseTables.IsSparse(costs.Select(c => c.Children))) costs = Costs(children, establishments, disclosure, bySetting: false);
        var costRefused = SparseTables.IsSparse(costs.Select(c => c.Children)) ? SparseTables.Explanation("The table of costs by how placements were bought") : null;
        if (costRefused is not null) costs = [];

        // Community services (no children's data: exact).
        var areaServices = services.Where(s => codes.Contains(s.LaCode)).ToList();
        var serviceRows = ServiceKind.All.Where(k => k != ServiceKind.Other || areaServices.Any(s => s.Kind == k)).Select(kind =>
        {
            var ofKind = areaServices.Where(s => s.Kind == kind).ToList();
            var without = request.LaCodes.Where(code => ofKind.All(s => s.LaCode != code)).Select(code => request.Region[code].Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
            return new ServiceRow(kind, ofKind.Count, ofKind.Sum(s => s.Capacity), ofKind.Count == 0 ? null : Median(ofKind.Select(s => (double)s.WaitingWeeks)),
                ofKind.Count(s => s.DiagnosisRequired), without);
        }).ToList();

        var inSettings = children.Where(c => c.EstablishmentType is not null).ToList();
        var mapUrns = establishments.Select(e => e.Urn).ToHashSet(StringComparer.Ordinal);
        var nearby = establishments.Where(e => distances[e.Urn] is { } d && d <= request.DistanceKm * 3).ToList();
        return new SufficiencyResult(request, laNames, centre, disclosure.Count(children), disclosure.Count(inSettings),
            disclosure.Count(inSettings.Where(c => c.Urn is not null && mapUrns.Contains(c.Urn))),
            demand, breakdown, demandRefused, ranked, occupancy, occupancyRefused, costs, costRefused, serviceRows, nearby, Notes(request, disclosure));
    }

    private static List<DemandRow> Demand(IReadOnlyList<PlacedChild> children, IReadOnlyList<Establishment> establishments,
        IReadOnlyDictionary<string, double?> distances, double distanceKm, DisclosureControl disclosure, bool bySetting)
    {
        var rows = new List<DemandRow>();
        foreach (var type in bySetting ? EstablishmentType.All : [DemandRow.AnyResidentialSetting])
            foreach (var need in NeedGroup.All)
                foreach (var risk in RiskLevel.All)
                {
                    var cell = children.Where(c => c.EstablishmentType is not null && (!bySetting || c.EstablishmentType == type) && c.NeedGroup == need && c.RiskLevel == risk).ToList();
                    var able = establishments.Where(e => e.CanMeet(bySetting ? type : e.Type, need, risk, null)).ToList();
                    var within = able.Where(e => distances[e.Urn] is { } d && d <= distanceKm).ToList();
                    var nearest = able.Select(e => distances[e.Urn]).Where(d => d is not null).Min();
                    rows.Add(new DemandRow(type, need, risk, disclosure.Count(cell),
                        disclosure.Count(cell.Where(c => c.DistanceKm is { } d && d > distanceKm)),
                        within.Sum(e => e.RegisteredPlaces), within.Count, nearest));
                }
        return rows;
    }

    private static List<CostRow> Costs(IReadOnlyList<PlacedChild> children, IReadOnlyList<Establishment> establishments, DisclosureControl disclosure, bool bySetting)
    {
        var costs = new List<CostRow>();
        foreach (var type in bySetting ? EstablishmentType.All : [DemandRow.AnyResidentialSetting])
        {
            bool OfType(string? t) => t is not null && (!bySetting || t == type);
            var framework = establishments.Where(e => OfType(e.Type) && e.ContractStatus == ContractStatus.Framework).Select(e => (double)e.WeeklyPriceMid).ToList();
            decimal? frameworkPrice = framework.Count == 0 ? null : (decimal)Median(framework);
            foreach (var sourcing in ContractStatus.All)
            {
                var group = children.Where(c => OfType(c.EstablishmentType) && c.Sourcing == sourcing).ToList();
                var figure = disclosure.Count(group);
                double? average = group.Count > 0 && DisclosureControl.ShowsMagnitude(figure) ? group.Average(c => c.WeeklyCost) : null;
                costs.Add(new CostRow(type, sourcing, figure, average, frameworkPrice));
            }
        }
        return costs;
    }

    /// <summary>The mean position of the distinct home districts of the area's placed children, or null when none is known.</summary>
    private static DistrictCentroid? Centre(IReadOnlyList<PlacedChild> children, DistrictCentroids centroids)
    {
        var homes = children.Select(c => centroids.Find(c.HomeDistrict)).Where(c => c is not null).Select(c => c!.Value).DistinctBy(c => c.District).ToList();
        return homes.Count == 0 ? null : new DistrictCentroid("centre", homes.Average(h => h.Latitude), homes.Average(h => h.Longitude));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static IReadOnlyList<string> Notes(SufficiencyRequest request, DisclosureControl disclosure) =>
    [
        $"Demand is the children in the placements snapshot of 31 March {request.Year}: children in high-cost placements, not every looked-after child.",
        $"Places are registered places at settings on the provision map able to meet the need and hold the risk, within {request.DistanceKm:0} km of the area's centre (the mean position of its children's home postcode districts). Places are shared with other LAs and are not all vacant: a gap is a floor, not a count of beds to build.",
        "A child's risk is high when the snapshot records behaviour that challenges, or the child is in secure care.",
        "Distances are straight lines between postcode-district centres (the store keeps postcodes to district only), right to about 2 km.",
        disclosure.OwnLa is null
            ? "Every count of children is protected by the cell key method (small random noise; counts of 1 to 4 never shown as themselves), so rows need not add to their totals; a table most of whose cells would be small is not shown. Averages and medians are shown only where at least 10 children stand behind them (c otherwise)."
            : "Your own LA's children are counted exactly; every count that includes other LAs' children is protected by the cell key method.",
    ];
}
