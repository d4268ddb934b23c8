using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace JoinedUp.Web.Scoping;

/// <summary>
/// What to offer when a table is too sparse to publish: the same view without each filter in turn, and for one LA
/// its ICS footprint instead.
/// </summary>
public static class CoarserBreakdowns
{
    private static readonly (string Parameter, string Label)[] Filters =
    [
        ("age", "without the age band filter"),
        ("sex", "without the sex filter"),
        ("ethnicity", "without the ethnicity filter"),
        ("need", "without the category of need filter"),
        ("year", "for every year"),
    ];

    public static IReadOnlyList<(string Label, string Href)> For(string view, IQueryCollection query, DashboardFilter filter, Region region)
    {
        var offers = new List<(string, string)>();
        foreach (var (parameter, label) in Filters)
            if (query.ContainsKey(parameter) && !string.IsNullOrWhiteSpace(query[parameter]))
                offers.Add(($"The same figures {label}", Href(view, query, parameter, null)));
        if (filter.La is { } la && region.FootprintOf(la) is { } footprint)
            offers.Add(($"The same figures for the {footprint} ICS footprint", Href(view, query, "la", ("ics", footprint))));
        return offers;
    }

    private static string Href(string view, IQueryCollection query, string without, (string Name, string Value)? with)
    {
        var kept = query.Where(q => q.Key != without && (with is null || q.Key != with.Value.Name) && !string.IsNullOrWhiteSpace(q.Value))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        if (with is { } w) kept.Add(new(w.Name, w.Value));
        return QueryHelpers.AddQueryString("/dashboard/" + Uri.EscapeDataString(view), kept);
    }
}
