using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>CSV and XLSX downloads of a dashboard view's table, with the page's scoping, filter and disclosure control.</summary>
internal static class DashboardExports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/dashboard/{view}/export.{format}", (string view, string format, HttpContext context, Region region, CareFactsCache facts, AuditLog audit) =>
        {
            if (!DashboardViews.All.TryGetValue(view, out var definition) || format is not ("csv" or "xlsx")) return Results.NotFound();
            var scope = UserScope.Of(context.User, region);
            var (filter, forbidden) = DashboardRequest.Read(context.Request.Query, scope, region);
            if (forbidden || filter is null)
            {
                audit.Record(context.User, "dashboard.export", view + context.Request.QueryString, AuditLog.Denied, "filter outside the user's scope");
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            var result = definition.Compute(new Selection(facts.Current(), region, scope.LaCodes, filter, scope.Disclosure));
            audit.Record(context.User, "dashboard.export", view + context.Request.QueryString, AuditLog.Allowed, format);
            var name = $"joinedup-{view}.{format}";
            return format == "csv"
                ? Results.File(CsvExport.Write(result.Table.Headers, result.Table.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? c.Text)])
                        .Concat(result.Refusal is null ? [] : [(IReadOnlyList<string?>)[result.Refusal]])),
                    "text/csv; charset=utf-8", name)
                : Results.File(XlsxExport.Write(result.Table, result.Refusal is null ? result.Notes : [result.Refusal, .. result.Notes]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization(JoinedUpWebApp.DashboardPolicy);
    }
}
