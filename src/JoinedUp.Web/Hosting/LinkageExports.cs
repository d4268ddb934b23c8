using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Linking;
using JoinedUp.Web.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>CSV and XLSX downloads of the linkage counts, scoped and protected as on the page.</summary>
internal static class LinkageExports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/linkage/export.{format}", (string format, HttpContext context, Region region, RegionalStore store, AuditLog audit) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var scope = UserScope.Of(context.User, region);
            var tables = LinkageTables.For(store, region, scope);
            audit.Record(context.User, "linkage.export", scope.OwnLa ?? scope.Organisation, AuditLog.Allowed, format);
            var table = tables.Counts;
            return format == "csv"
                ? Results.File(CsvExport.Write(table.Headers, table.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? c.Text)])),
                    "text/csv; charset=utf-8", "joinedup-linkage.csv")
                : Results.File(XlsxExport.Write(table, LinkageTables.Notes(tables.CountsOnly)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "joinedup-linkage.xlsx");
        }).RequireAuthorization(JoinedUpWebApp.DashboardPolicy);
    }
}
