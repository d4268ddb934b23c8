namespace JoinedUp.Analytics.Comparison;

public enum ComparatorKind { Ics, Region, Neighbour }

/// <summary>An area an LA's figures are shown beside: its ICS, its region, or one of its statistical neighbours.</summary>
/// <param name="Label">As the table and chart show it, e.g. "North Central London ICS" or "Merton (statistical neighbour 1)".</param>
/// <param name="LaCodes">The DfE codes of the LAs it counts (for the ICS and the region, the LA's own among them).</param>
public sealed record Comparator(string Label, ComparatorKind Kind, IReadOnlyList<string> LaCodes);
