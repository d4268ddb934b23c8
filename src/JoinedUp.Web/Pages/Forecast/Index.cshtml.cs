using System.Globalization;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Forecasting;
using Microsoft.AspNetCore.Http;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Forecast;

/// <summary>
/// Forecasts of children in care and placement spend for an area the user may see, baseline against an optional
/// scenario, with the area's backtests; scenarios are saved by name for the user's organisation.
/// </summary>
public sealed class ForecastPageModel(ForecastResults results, ForecastDisclosure disclosure, SavedScenarios saved, AuditLog audit) : ScopedPage
{
    public IReadOnlyList<ForecastArea> Areas { get; private set; } = [];
    public ForecastForm? Form { get; private set; }
    public ForecastOutcome? Outcome { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary><see cref="Errors"/> against the form's fields, for the error summary and the fields' inline errors.</summary>
    public FormErrors FieldErrors => ForecastErrorFields.Of(Errors);
    public IReadOnlyList<SavedScenario> Saved { get; private set; } = [];
    public DateOnly DefaultStart { get; private set; }
    public DateOnly? LatestDate { get; private set; }
    public ForecastStartRange? Range { get; private set; }

    public IActionResult OnGet(long? saved)
    {
        if (!Prepare()) return Forbidden("forecast.view");
        if (saved is { } id)
        {
            var scenario = Saved.FirstOrDefault(s => s.Id == id)?.Scenario;
            if (scenario is null) return NotFound();
            var (entry, stepDown, cost, from) = ForecastForm.FieldsOf(scenario);
            var query = Request.Query.Where(q => q.Key is "area" or "start" or "years" or "bands")
                .Select(q => (q.Key, q.Value.ToString()))
                .Concat([("name", scenario.Name), ("entry", Number(entry)), ("stepdown", Number(stepDown)), ("cost", Number(cost))])
                .Concat(from is { } f ? [("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))] : []);
            if (!Request.Query.ContainsKey("area")) query = query.Append(("area", Areas[0].Key));
            return Redirect("/forecast?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Item1) + "=" + Uri.EscapeDataString(q.Item2))));
        }
        var (form, errors, forbidden) = ForecastForm.Read(Request.Query, Areas, DefaultStart, Range);
        if (forbidden) return Forbidden("forecast.view");
        Errors = errors;
        Form = form;
        if (errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (form is not null) Run(form);
        return Page();
    }

    public IActionResult OnPostSave()
    {
        if (!Prepare()) return Forbidden("forecast.save");
        var (form, errors, forbidden) = ForecastForm.Read(Request.Form, Areas, DefaultStart, Range);
        if (forbidden) return Forbidden("forecast.save");
        if (form?.Scenario() is not { } scenario)
        {
            Errors = errors.Count > 0 ? errors : ["Enter a name and the changes for the scenario before saving it."];
            Form = form;
            return Page();
        }
        var id = saved.Save(scenario, Scope.UserName, Scope.Organisation);
        audit.Record(User, "forecast.save", id.ToString(CultureInfo.InvariantCulture), AuditLog.Allowed, scenario.Name);
        return Redirect("/forecast" + form.Query());
    }

    private bool Prepare()
    {
        var scope = Scope;
        if (!scope.SeesDashboards) return false;
        Areas = ForecastForm.Areas(scope, Region);
        if (Areas.Count == 0) return false;
        var history = results.History().History;
        LatestDate = history.LatestDate;
        Range = ForecastStartRange.Of(history);
        var latest = LatestDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        DefaultStart = new DateOnly(latest.Year, latest.Month, 1);
        Saved = saved.For(scope.Organisation);
        return true;
    }

    private void Run(ForecastForm form)
    {
        try
        {
            Outcome = disclosure.Protect(results.Get(form, Scope.UserName), form, Scope.Disclosure);
            audit.Record(User, "forecast.view", form.Query(), AuditLog.Allowed);
        }
        catch (ForecastBusyException e)
        {
            Errors = [e.Message];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        catch (ForecastConfigurationException e)
        {
            Errors = [e.Message];
        }
    }

    private IActionResult Forbidden(string action)
    {
        audit.Record(User, action, Request.Path + Request.QueryString, AuditLog.Denied, "area outside the user's scope");
        HttpContext.Items[AuditLog.Denied] = true;
        return StatusCode(403);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
