using JoinedUp.Provision.Export;
using JoinedUp.Provision.Import;
using JoinedUp.Provision.Map;
using JoinedUp.Register.Export;
using JoinedUp.Register.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Provision;

/// <summary>
/// Community services from the LAs' service mapping returns. An LA's own users keep its entries (add, remove, or replace
/// them all from a spreadsheet); ICS and regional users read those of the LAs in their scope.
/// </summary>
public sealed class ServicesModel : ProvisionPage
{
    public IReadOnlyList<CommunityService> Services { get; private set; } = [];
    public ProvisionImportOutcome? Outcome { get; private set; }
    public IReadOnlyList<ProvisionProblem> FormProblems { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Eligibility { get; set; }
    [BindProperty] public string? MinAge { get; set; }
    [BindProperty] public string? MaxAge { get; set; }
    [BindProperty] public string? DiagnosisRequired { get; set; }
    [BindProperty] public string? Capacity { get; set; }
    [BindProperty] public string? WaitingWeeks { get; set; }

    public IActionResult OnGet()
    {
        Load();
        return Page();
    }

    public IActionResult OnGetExport(string? format)
    {
        if (!KeepsServices) return Refused("provision.services.export");
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var stream = new MemoryStream();
        ProvisionExport.Services(stream, xlsx ? RegisterExportFormat.Xlsx : RegisterExportFormat.Csv, Provision.Services(Scope.OwnLa));
        stream.Position = 0;
        return File(stream, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", xlsx ? "services.xlsx" : "services.csv");
    }

    /// <summary>Adds one service from the form, checked by the same rules as a spreadsheet row.</summary>
    public IActionResult OnPostAdd()
    {
        if (!KeepsServices) return Refused("provision.services.add");
        var row = new SpreadsheetRows(ServiceSheet.Columns.ToList(), [(2, [Service ?? "", Kind ?? "", Agency ?? "", Eligibility ?? "", MinAge ?? "", MaxAge ?? "", DiagnosisRequired ?? "", Capacity ?? "", WaitingWeeks ?? ""])]);
        var (services, problems) = ServiceSheet.Parse(row, "the form", Scope.OwnLa!);
        if (problems.Count == 0 && Provision.Services(Scope.OwnLa).Any(s => string.Equals(s.Service, services[0].Service, StringComparison.OrdinalIgnoreCase)))
            problems = [new ProvisionProblem("the form", 0, "service", ProvisionRules.Duplicate, "Your LA already lists a service of this name.")];
        if (problems.Count > 0)
        {
            FormProblems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Provision.AddService(Scope.OwnLa!, services[0], Scope.UserName);
            Notice = $"Added {services[0].Service}.";
            Service = Kind = Agency = Eligibility = MinAge = MaxAge = DiagnosisRequired = Capacity = WaitingWeeks = null;
            ModelState.Clear();
        }
        Load();
        return Page();
    }

    public IActionResult OnPostRemove(long id)
    {
        if (!KeepsServices) return Refused("provision.services.remove");
        if (!Provision.RemoveService(Scope.OwnLa!, id)) return NotFound();
        Notice = "The service was removed.";
        Load();
        return Page();
    }

    public IActionResult OnPostUpload(IFormFile? file)
    {
        if (!KeepsServices) return Refused("provision.services.upload");
        if (file is null || file.Length == 0)
            Outcome = new(0, 0, [new ProvisionProblem("", 0, "", ProvisionRules.Empty, "Choose a CSV or XLSX file to upload.")]);
        else
        {
            using var stream = file.OpenReadStream();
            Outcome = ProvisionImport.Services(Provision, Scope.OwnLa!, stream, Path.GetFileName(file.FileName), Scope.UserName);
            if (Outcome.Succeeded) Notice = $"Your LA's services were replaced by the {Outcome.Loaded} in {Path.GetFileName(file.FileName)}.";
        }
        if (!Outcome.Succeeded) Response.StatusCode = StatusCodes.Status400BadRequest;
        Load();
        return Page();
    }

    private void Load() =>
        Services = KeepsServices ? Provision.Services(Scope.OwnLa) : Provision.Services().Where(s => Scope.LaCodes.Contains(s.LaCode)).ToList();
}
