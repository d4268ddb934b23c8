using JoinedUp.Provision.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Provision;

/// <summary>Regional analysts add or update the region's settings from a providers spreadsheet: every row or none.</summary>
public sealed class EstablishmentsModel : ProvisionPage
{
    public ProvisionImportOutcome? Outcome { get; private set; }
    public string? FileName { get; private set; }

    public IActionResult OnGet() => KeepsEstablishments ? Page() : Refused("provision.establishments");

    public IActionResult OnPost(IFormFile? file)
    {
        if (!KeepsEstablishments) return Refused("provision.establishments");
        if (file is null || file.Length == 0)
        {
            Outcome = new(0, 0, [new ProvisionProblem("", 0, "", ProvisionRules.Empty, "Choose a CSV or XLSX file to upload.")]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        using var stream = file.OpenReadStream();
        Outcome = ProvisionImport.Establishments(Provision, stream, FileName, Scope.UserName);
        if (!Outcome.Succeeded) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
