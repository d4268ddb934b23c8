using System.Collections.Concurrent;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Web.Scoping;

/// <summary>
/// Computed dashboard views, kept per (view, scope, filter) until the store's facts change, so that many users
/// reading the same figures do not recompute them. Disclosure control is part of the computed view (and is
/// deterministic), so cached results are as safe as fresh ones; the viewer's own LA is part of the key.
/// </summary>
public sealed class DashboardResults(CareFactsCache facts, Region region)
{
    private const int MaxEntries = 5_000;
    private readonly Lock _gate = new();
    private CareFacts? _for;
    private ConcurrentDictionary<string, DashboardView> _views = new();

    public (DashboardView View, CareFacts Facts) Get(string viewName, Func<Selection, DashboardView> compute, UserScope scope, DashboardFilter filter)
    {
        var current = facts.Current();
        ConcurrentDictionary<string, DashboardView> views;
        lock (_gate)
        {
            if (!ReferenceEquals(current, _for) || _views.Count > MaxEntries)
            {
                _for = current;
                _views = new();
            }
            views = _views;
        }
        var key = viewName + "|" + string.Join(",", scope.LaCodes.Order(StringComparer.Ordinal)) + "|" + scope.OwnLa + "|" + filter;
        return (views.GetOrAdd(key, _ => compute(new Selection(current, region, scope.LaCodes, filter, scope.Disclosure))), current);
    }
}
