using JoinedUp.Web.Auditing;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Formatting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>The CSV download of an audit log search (every matching entry, not only the page shown), for administrators; the download is audited too.</summary>
internal static class AuditExports
{
    private static readonly string[] Headers = ["When", "User", "Role", "Organisation", "Action", "Target", "Outcome", "Detail", "Log"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/admin/audit/export.csv", (HttpContext context, AuditLog audit) =>
        {
            var search = AuditSearch.Read(context.Request.Query);
            var entries = search.All(audit);
            audit.Record(context.User, "audit.export", "audit", AuditLog.Allowed, $"{entries.Count} entries; {search.InWords()}");
            var rows = entries.Select(e => (IReadOnlyList<string?>)[DatesInWords.Time(e.At), e.UserName, e.Role, e.Organisation, e.Action, e.Target, e.Outcome, e.Detail, e.Source]);
            return Results.File(CsvExport.Write(Headers, rows), "text/csv; charset=utf-8", "joinedup-audit.csv");
        }).RequireAuthorization(JoinedUpWebApp.AdminPolicy);
    }
}
