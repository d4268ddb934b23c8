using System.Globalization;
using JoinedUp.Analytics.Tables;
using JoinedUp.Domain.Geography;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Forecasting;
using JoinedUp.Web.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>CSV and XLSX downloads of a forecast's monthly points, with the page's scoping and the same cached result.</summary>
internal static class ForecastExports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/forecast/export.{format}", (string format, HttpContext context, Region region, ForecastResults results, ForecastDisclosure disclosure, AuditLog audit) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var scope = UserScope.Of(context.User, region);
            var areas = ForecastForm.Areas(scope, region);
            var history = results.History().History;
            var latest = history.LatestDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var (form, errors, forbidden) = ForecastForm.Read(context.Request.Query, areas, new DateOnly(latest.Year, latest.Month, 1), ForecastStartRange.Of(history));
            if (forbidden || !scope.SeesDashboards)
            {
                audit.Record(context.User, "forecast.export", "/forecast" + context.Request.QueryString, AuditLog.Denied, "area outside the user's scope");
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            if (form is null) return Results.BadRequest(errors.Count > 0 ? string.Join(" ", errors) : "Choose an area to forecast.");
            ForecastOutcome outcome;
            try
            {
                outcome = disclosure.Protect(results.Get(form, scope.UserName), form, scope.Disclosure);
            }
            catch (ForecastBusyException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status429TooManyRequests);
            }
            catch (ForecastConfigurationException e)
            {
                return Results.BadRequest(e.Message);
            }
            audit.Record(context.User, "forecast.export", form.Query(), AuditLog.Allowed, format);
            var table = Table(outcome);
            var name = $"joinedup-forecast.{format}";
            return format == "csv"
                ? Results.File(CsvExport.Write(table.Headers, table.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.Value?.ToString(CultureInfo.InvariantCulture) ?? c.Text)])),
                    "text/csv; charset=utf-8", name)
                : Results.File(XlsxExport.Write(table, Notes(outcome, form)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization(JoinedUpWebApp.DashboardPolicy);
    }

    /// <summary>One row a month: baseline children (and band), the month's spend, and the scenario's when there is one.</summary>
    public static ReportTable Table(ForecastOutcome outcome)
    {
        var baseline = outcome.Baseline;
        var scenario = outcome.Comparison?.Scenario;
        var bands = baseline.IntervalLevel is not null;
        // Children are expected values (a mean over the model's chances), not counts; the scenario is named in its columns.
        var headers = new List<string> { "Date", "Children in care (expected): baseline" };
        if (bands) headers.AddRange(["Children in care low: baseline", "Children in care high: baseline"]);
        headers.Add("Spend over the month (expected): baseline");
        if (scenario is not null)
            headers.AddRange([$"Children in care (expected): scenario {scenario.Scenario}", $"Spend over the month (expected): scenario {scenario.Scenario}"]);
        var rows = baseline.Points.Select((p, i) =>
        {
            var cells = new List<ReportCell> { Cell(p.Children, 1) };
            if (bands) cells.AddRange([Cell(p.ChildrenInterval?.Low, 1), Cell(p.ChildrenInterval?.High, 1)]);
            cells.Add(Cell(p.Cost, 0));
            if (scenario is not null) cells.AddRange([Cell(scenario.Points[i].Children, 1), Cell(scenario.Points[i].Cost, 0)]);
            return new ReportRow(p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells);
        }).ToList();
        return new ReportTable($"Forecast children in care (expected) and monthly placement spend, {baseline.Area}, "
            + (scenario is null ? "baseline" : $"baseline and scenario {scenario.Scenario}"), headers, rows);
    }

    private static ReportCell Cell(double? value, int decimals) =>
        value is { } v ? new ReportCell(Math.Round(v, decimals), Math.Round(v, decimals).ToString(CultureInfo.InvariantCulture)) : new ReportCell(null, "");

    private static IReadOnlyList<string> Notes(ForecastOutcome outcome, ForecastForm form) =>
    [
        $"Fitted to the returns from {ForecastStartRange.Long(outcome.Baseline.Window.From)} to {ForecastStartRange.Long(outcome.Baseline.Window.To)}; spend at the default unit costs.",
        "Children in care are expected values: the model's average, so not whole numbers.",
        .. form.HasScenario ? [$"Scenario {form.ScenarioName}: {form.Describe()}."] : Array.Empty<string>(),
    ];
}
