using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Icb;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>Records an inpatient admission of a child, on the register or not (health users of the footprint, the DSR coordinator, LA users).</summary>
public sealed class AdmissionModel : RegisterPageModel
{
    public IReadOnlyList<string> LaOptions { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public Admission? Saved { get; private set; }

    [BindProperty] public string? La { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? ChildId { get; set; }
    [BindProperty] public string? AdmittedOn { get; set; }
    [BindProperty] public string? CetrBefore { get; set; }

    public IActionResult OnGet() => Options() ?? Page();

    public IActionResult OnPost()
    {
        if (Options() is { } refused) return refused;
        try
        {
            if (string.IsNullOrWhiteSpace(NhsNumber) && (!Acting.IsLaUser || string.IsNullOrWhiteSpace(ChildId)))
                Errors.Add("NhsNumber", Acting.IsLaUser ? "Enter the child's NHS number or your LA's child ID." : "Enter the child's NHS number.");
            var on = Date(AdmittedOn);
            if (on is null) Errors.Add("AdmittedOn", "Enter the date of admission, as a date.");
            if (Errors.Any) return Page();
            Saved = Dsr.RecordAdmission(Acting, new NewAdmission(LaOptions.Count == 1 ? LaOptions[0] : La ?? "", NhsNumber, Acting.IsLaUser ? ChildId : null, on!.Value, CetrBefore == "yes"));
            (NhsNumber, ChildId) = (null, null);
            return Page();
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Errors.Add(e.Rule switch
            {
                _ when e.Rule.StartsWith("nhs", StringComparison.Ordinal) => "NhsNumber",
                _ when e.Rule.StartsWith("child", StringComparison.Ordinal) && Acting.IsLaUser => "ChildId",
                _ when e.Rule.StartsWith("admitted", StringComparison.Ordinal) => "AdmittedOn",
                "la-unknown" or "outside-footprint" => "La",
                _ => "NhsNumber",
            }, e.Message);
            return Page();
        }
    }

    private IActionResult? Options()
    {
        try
        {
            LaOptions = Dsr.ScopeOf(Acting).RefersFor;
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        return LaOptions.Count == 0 || Acting.Role == RegisterRole.EducationSenco ? Refused() : null;
    }
}
