using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Referrals;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>
/// Refers a child to the register, from any partner: the child's LA, the NHS number and/or (LA users) the LA's child ID,
/// who is referring, why, the risk indicators and consent. The register checks scope, the NHS number and duplicates.
/// </summary>
public sealed class ReferModel : RegisterPageModel
{
    public IReadOnlyList<string> LaOptions { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    [BindProperty] public string? La { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? ChildId { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<string> IndicatorCodes { get; set; } = [];
    [BindProperty] public string? ConsentGivenBy { get; set; }
    [BindProperty] public string? ConsentGivenOn { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }

    public bool AsksChildId => Acting.IsLaUser;

    /// <summary>Who usually refers from this role; the form starts there and the user can change it.</summary>
    public string DefaultSource => Acting.Role switch
    {
        RegisterRole.HealthPractitioner => ReferralSource.Camhs.Code(),
        RegisterRole.EducationSenco => ReferralSource.SchoolSenco.Code(),
        RegisterRole.IcsLead => ReferralSource.DsrCoordinator.Code(),
        _ => ReferralSource.SocialCare.Code(),
    };

    public IActionResult OnGet()
    {
        if (LoadOptions() is { } refused) return refused;
        ConsentGivenOn ??= DateTime.UtcNow.ToString("yyyy-MM-dd");
        Source ??= DefaultSource;
        return Page();
    }

    public IActionResult OnPost()
    {
        if (LoadOptions() is { } refused) return refused;
        try
        {
            var la = LaOptions.Count == 1 ? LaOptions[0] : La ?? "";
            if (string.IsNullOrWhiteSpace(NhsNumber) && (!AsksChildId || string.IsNullOrWhiteSpace(ChildId)))
                Errors.Add("NhsNumber", AsksChildId ? "Enter the child's NHS number, your LA's child ID, or both." : "Enter the child's NHS number.");
            if (!ReferralSources.TryParse(Source, out var source)) Errors.Add("Source-" + DefaultSource, "Choose who is referring the child.");
            if (string.IsNullOrWhiteSpace(Reason)) Errors.Add("Reason", "Enter the reason for the referral.");
            if (string.IsNullOrWhiteSpace(ConsentGivenBy)) Errors.Add("ConsentGivenBy", "Enter who gave consent (the relationship, not a name).");
            var givenOn = Date(ConsentGivenOn);
            if (givenOn is null) Errors.Add("ConsentGivenOn", "Enter the date consent was given, as a date.");
            if (string.IsNullOrWhiteSpace(ConsentBasis)) Errors.Add("ConsentBasis", "Enter the basis of consent.");
            if (Errors.Any) return Page();
            var referral = Dsr.Refer(Acting, new NewReferral(la, NhsNumber, AsksChildId ? ChildId : null, source, Reason ?? "",
                IndicatorCodes.Where(c => RiskIndicators.All.Any(i => i.Code() == c)).Select(RiskIndicators.FromCode).ToList(),
                new Consent(ConsentGivenBy ?? "", givenOn!.Value, ConsentBasis ?? "")));
            return Redirect($"/register/referrals?saved={referral.Id}");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Errors.Add(FieldOf(e.Rule), e.Message);
            return Page();
        }
    }

    /// <summary>The form field a rule of the register is about (the summary links to it).</summary>
    private string FieldOf(string rule) => rule switch
    {
        _ when rule.StartsWith("nhs", StringComparison.Ordinal) => "NhsNumber",
        _ when rule.StartsWith("child", StringComparison.Ordinal) && AsksChildId => "ChildId",
        "la-unknown" or "outside-footprint" => "La",
        _ when rule.Contains("given-by", StringComparison.Ordinal) => "ConsentGivenBy",
        _ when rule.Contains("basis", StringComparison.Ordinal) => "ConsentBasis",
        _ when rule.StartsWith("consent", StringComparison.Ordinal) || rule == "referred-in-future" => "ConsentGivenOn",
        _ when rule.StartsWith("reason", StringComparison.Ordinal) => "Reason",
        _ => "NhsNumber",
    };

    private IActionResult? LoadOptions()
    {
        try
        {
            var scope = Dsr.ScopeOf(Acting);
            LaOptions = scope.RefersFor;
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        return LaOptions.Count == 0 ? Refused() : null;
    }

    public bool RefersInFootprint => Roles.IsFootprintRole(User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "");
}
