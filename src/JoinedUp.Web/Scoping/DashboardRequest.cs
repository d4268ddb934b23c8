using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Scoping;

/// <summary>
/// A dashboard filter read from the query string and checked against the user's scope: asking for an LA or footprint
/// outside it is refused (403), never silently widened.
/// </summary>
public static class DashboardRequest
{
    public static (DashboardFilter? Filter, bool Forbidden) Read(IQueryCollection query, UserScope scope, Region region)
    {
        string? Get(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        var la = Get("la");
        var footprint = Get("ics");
        if (la is not null && !scope.LaCodes.Contains(la)) return (null, true);
        if (footprint is not null && (!region.Footprints.TryGetValue(footprint, out var members) || !members.Any(scope.LaCodes.Contains))) return (null, true);
        var filter = new DashboardFilter(
            la,
            footprint,
            int.TryParse(Get("year"), out var year) ? year : null,
            Known(Get("age"), AgeBand.All),
            Known(Get("sex"), Sexes.All),
            Known(Get("ethnicity"), EthnicGroup.All),
            Known(Get("need"), CategoriesOfNeed.Names.Keys.Append(CategoriesOfNeed.NotKnown).ToList()));
        return (filter, false);
    }

    private static string? Known(string? value, IReadOnlyCollection<string> allowed) => value is not null && allowed.Contains(value) ? value : null;
}
