using JoinedUp.Analytics.Cohort;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// The LAs and children a view counts: the user's scope (the LAs they may see) narrowed by the filter, and the
/// disclosure control that every count the view publishes goes through.
/// </summary>
public sealed class Selection
{
    public Selection(CareFacts facts, Region region, IReadOnlySet<string> scope, DashboardFilter filter, DisclosureControl disclosure)
    {
        Disclosure = disclosure;
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
    public DisclosureControl Disclosure { get; }
    public DashboardFilter Filter { get; }
    /// <summary>The LAs with an SSDA903 return loaded, in the user's scope and the filter's LA or footprint.</summary>
    public IReadOnlyList<LocalAuthority> Las { get; }

    /// <summary>The LAs in the user's scope and the filter's LA or footprint, whatever returns they have.</summary>
    public IReadOnlyList<LocalAuthority> InScope { get; }
    public IReadOnlyList<ChildInYear> Children { get; }
    public IReadOnlyList<int> Years { get; }

    /// <summary>The year a single-year view shows: the filter's, else the <see cref="DefaultYear"/> of the SSDA903 returns in scope.</summary>
    public int? FocusYear => Filter.Year ?? DefaultYear.Of(Facts.Returns.Where(r => InScope.Any(la => la.DfeCode == r.La)));

    public bool HasReturn(string la, int year) => Facts.Returns.Contains((la, year));
}
