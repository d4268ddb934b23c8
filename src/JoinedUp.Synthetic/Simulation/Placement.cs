using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Simulation;

/// <summary>A placement chosen for a child: type, provider, where it is and what it costs a week.</summary>
internal sealed record Placement(
    string Type,
    string Provider,
    string Postcode,
    string HostAuthority,
    string? Urn,
    PlacementCostClass CostClass,
    decimal WeeklyCost);
