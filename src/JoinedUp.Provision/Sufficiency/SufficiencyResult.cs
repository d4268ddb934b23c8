using JoinedUp.Disclosure;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Map;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>A sufficiency and gap analysis of one area (ICS or region), every figure about children already protected for its viewer.</summary>
/// <param name="Centre">The centre of the area (mean of the home districts of its placed children), from which "within reach" is measured.</param>
/// <param name="DemandRefused">Why the demand table (and its gaps) is not shown, or null.</param>
/// <param name="OccupancyRefused">Why the occupancy table is not shown, or null.</param>
/// <param name="CostRefused">Why the cost table is not shown, or null.</param>
/// <param name="MatchedToMap">Children in a registered setting whose URN is on the provision map.</param>
public sealed record SufficiencyResult(
    SufficiencyRequest Request,
    IReadOnlyList<string> LaNames,
    DistrictCentroid? Centre,
    Figure Children,
    Figure ChildrenInSettings,
    Figure MatchedToMap,
    IReadOnlyList<DemandRow> Demand,
    DemandBreakdown DemandBreakdown,
    string? DemandRefused,
    IReadOnlyList<DemandRow> RankedGaps,
    IReadOnlyList<OccupancyRow> Occupancy,
    string? OccupancyRefused,
    IReadOnlyList<CostRow> Costs,
    string? CostRefused,
    IReadOnlyList<ServiceRow> Services,
    IReadOnlyList<Establishment> NearbySettings,
    IReadOnlyList<string> Notes);

/// <summary>How finely demand is broken down: by kind of setting, or (where that would be too sparse to publish) across every kind.</summary>
public enum DemandBreakdown
{
    BySetting,
    AnySetting,
}
