using JoinedUp.Domain.Geography;

namespace JoinedUp.Synthetic.Children;

/// <summary>All the synthetic children one LA has looked after over the generated years (and recent care leavers), in child ID order of first entry.</summary>
public sealed class LocalAuthorityCohort(LocalAuthority localAuthority, IReadOnlyList<SyntheticChild> children)
{
    public LocalAuthority LocalAuthority { get; } = localAuthority;
    public IReadOnlyList<SyntheticChild> Children { get; } = children;

    /// <summary>Number of children looked after on a date (episodes with End after the date, or open).</summary>
    public int LookedAfterOn(DateOnly date) => Children.Count(c => c.IsLookedAfterOn(date));
}
