using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Scoping;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dashboard;

public sealed class DashboardViewModel(DashboardResults results, AuditLog audit) : ScopedPage
{
    public string ViewName { get; private set; } = "";
    public DashboardView? Result { get; private set; }
    public DashboardFilter? Filter { get; private set; }
    public IReadOnlyList<LocalAuthority> LaOptions { get; private set; } = [];
    public IReadOnlyList<string> Footprints { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string Query => Request.QueryString.Value ?? "";

    /// <summary>For a table refused as too sparse: the same view with one filter fewer (or the LA's ICS instead of the LA).</summary>
    public IReadOnlyList<(string Label, string Href)> Coarser { get; private set; } = [];

    public IActionResult OnGet(string view)
    {
        if (!DashboardViews.All.TryGetValue(view, out var definition)) return NotFound();
        var scope = Scope;
        var (filter, forbidden) = DashboardRequest.Read(Request.Query, scope, Region);
        if (forbidden || filter is null)
        {
            audit.Record(User, "dashboard.view", view + Query, AuditLog.Denied, "filter outside the user's scope");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        var (result, current) = results.Get(view, definition.Compute, scope, filter);
        ViewName = view;
        Filter = filter;
        Result = result;
        LaOptions = Region.Members.Where(la => scope.LaCodes.Contains(la.DfeCode)).ToList();
        Footprints = scope.Footprints(Region);
        if (result.Refusal is not null) Coarser = CoarserBreakdowns.For(view, Request.Query, filter, Region);
        Years = current.Years.Concat(current.Sen2Returns.Select(r => r.Year)).Concat(current.Placements.Select(p => p.Year)).Distinct().Order().ToList();
        return Page();
    }
}
