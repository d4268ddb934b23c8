using JoinedUp.Analytics.Cohort;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// The LAs and children a view counts: the user's scope (the LAs they may see) narrowed by the filter.
/// </summary>
public sealed class Selection
{
    public Selection(CareFacts facts, Region region, IReadOnlySet<string> scope, DashboardFilter filter)
    {
        Facts = facts;
        Filter = filter;
        InScope = region.Members
            .Where(la => scope.Contains(la.DfeCode))
            .Where(la => filter.La is null || la.DfeCode == filter.La)
            .Where(la => filter.Footprint is null || region.FootprintOf(la.DfeCode) == filter.Footprint)
            .ToList();
        Las = InScope.Where(la => facts.Returns.Any(r => r.La == la.DfeCode)).ToList();
        var codes = Las.Select(la => la.DfeCode).ToHashSet();
        Children = facts.Children.Where(c => codes.Contains(c.LaCode) && filter.Matches(c)).ToList();
        Years = filter.Year is { } y ? facts.Years.Where(x => x == y).ToList() : facts.Years;
    }

    public CareFacts Facts { get; }
    public DashboardFilter Filter { get; }
    /// <summary>The LAs with an SSDA903 return loaded, in the user's scope and the filter's LA or footprint.</summary>
    public IReadOnlyList<LocalAuthority> Las { get; }

    /// <summary>The LAs in the user's scope and the filter's LA or footprint, whatever returns they have.</summary>
    public IReadOnlyList<LocalAuthority> InScope { get; }
    public IReadOnlyList<ChildInYear> Children { get; }
    public IReadOnlyList<int> Years { get; }

    /// <summary>The year a single-year view shows: the filter's, else the latest loaded.</summary>
    public int? FocusYear => Filter.Year ?? (Facts.Years.Count == 0 ? null : Facts.Years[^1]);

    public bool HasReturn(string la, int year) => Facts.Returns.Contains((la, year));
}
