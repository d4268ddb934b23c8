using JoinedUp.Analytics.Cohort;

namespace JoinedUp.Analytics.Views;

/// <summary>What a user asked to see; every part is optional. LA and footprint only narrow the user's scope, never widen it.</summary>
public sealed record DashboardFilter(
    string? La = null,
    string? Footprint = null,
    int? Year = null,
    string? AgeBand = null,
    string? Sex = null,
    string? EthnicGroup = null,
    string? Need = null)
{
    public bool Matches(ChildInYear child) =>
        (AgeBand is null || child.AgeBand == AgeBand)
        && (Sex is null || child.Sex == Sex)
        && (EthnicGroup is null || child.EthnicGroup == EthnicGroup)
        && (Need is null || child.Need == Need);
}
