using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Export;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Registering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>Downloads of the register (LA or footprint, by the library) and of its regional figures (protected tables).</summary>
internal static class RegisterExports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/register/export.{format}", (string format, string? la, HttpContext context, DynamicSupportRegister register) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            try
            {
                var output = new MemoryStream();
                register.ExportRegister(RegisterUsers.From(context.User), output, format == "csv" ? RegisterExportFormat.Csv : RegisterExportFormat.Xlsx,
                    string.IsNullOrWhiteSpace(la) ? null : la);
                return Results.File(output.ToArray(), format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"joinedup-register.{format}");
            }
            catch (RegisterAccessDeniedException)
            {
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(JoinedUpWebApp.RegisterPolicy);

        app.MapGet("/register/regional/export.{format}", (string format, string? table, string? from, string? to, HttpContext context, DynamicSupportRegister register) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var name = RegionalRegisterTables.Names.Contains(table ?? "") ? table! : "current";
            var (start, end, error) = RegionalRegisterTables.Period(from, to);
            if (error is not null) return Results.BadRequest(error);
            try
            {
                var figures = register.RegionalFigures(RegisterUsers.From(context.User), start, end);
                var report = RegionalRegisterTables.Table(figures, name);
                var file = $"joinedup-register-{name}.{format}";
                return format == "csv"
                    ? Results.File(CsvExport.Write(report.Headers, report.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? c.Text)])),
                        "text/csv; charset=utf-8", file)
                    : Results.File(XlsxExport.Write(report, RegionalRegisterTables.Notes(figures)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            }
            catch (RegisterAccessDeniedException)
            {
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(JoinedUpWebApp.RegionalRegisterPolicy);

        app.MapGet("/register/icb/export.{format}", (string format, string? table, string? from, string? to, string? footprint, HttpContext context, DynamicSupportRegister register) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var name = IcbRegisterTables.Names.Contains(table ?? "") ? table! : "on-register";
            var (start, end, error) = RegionalRegisterTables.Period(from, to);
            if (error is not null) return Results.BadRequest(error);
            try
            {
                var figures = register.IcbMonthlyFigures(RegisterUsers.From(context.User), start, end, string.IsNullOrWhiteSpace(footprint) ? null : footprint);
                if (IcbRegisterTables.Withheld(figures, name) is { } withheld) return Results.BadRequest(withheld);
                var report = IcbRegisterTables.Table(figures, name);
                var file = $"joinedup-icb-{name}.{format}";
                return format == "csv"
                    ? Results.File(CsvExport.Write(report.Headers, report.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? c.Text)])),
                        "text/csv; charset=utf-8", file)
                    : Results.File(XlsxExport.Write(report, IcbRegisterTables.Notes(figures)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            }
            catch (RegisterAccessDeniedException)
            {
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (RegisterRuleException e)
            {
                return Results.BadRequest(e.Message);
            }
        }).RequireAuthorization(JoinedUpWebApp.IcbFiguresPolicy);
    }
}
