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
        Region = region;
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
    public Region Region { get; }
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

    /// <summary>
    /// The LA an LA user's view is about, when the view is to be shown beside its comparators (its ICS, region and
    /// statistical neighbours): the user's own LA, and only it, in scope. Null for every other view, and for the
    /// comparators' own selections.
    /// </summary>
    public LocalAuthority? ComparedLa =>
        Disclosure.OwnLa is { } own && !Disclosure.SeparatesOwnLa && InScope.Count == 1 && InScope[0].DfeCode == own ? InScope[0] : null;

    /// <summary>
    /// The same view's selection for a comparator of <see cref="ComparedLa"/>: its LAs, the same filters (and the year
    /// given, so that every row is the same year), counted with the LA's own children exact and the others perturbed apart.
    /// </summary>
    public Selection Comparator(IReadOnlyList<string> laCodes, int? year = null) =>
        new(Facts, Region, laCodes.ToHashSet(StringComparer.Ordinal), Filter with { La = null, Footprint = null, Year = year ?? Filter.Year },
            Disclosure with { SeparatesOwnLa = true });
}
