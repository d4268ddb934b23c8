using JoinedUp.Disclosure;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>Where one LA's (or the area's) placed children are, each a protected count, and how their placements were bought.</summary>
/// <param name="MedianDistanceKm">Median home-to-placement distance, shown only when enough children stand behind it.</param>
public sealed record OccupancyRow(string Label, Figure Children, Figure InLa, Figure ElsewhereInRegion, Figure OutsideRegion, Figure HostNotKnown,
    string MedianDistanceKm, Figure Spot, Figure Framework, Figure Block, Figure SourcingNotRecorded, bool IsTotal);
