using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>Puts a child on the register: the NHS number and/or the LA's child ID (hashed, never stored), rating and reason, keyworker, agencies, indicators, consent.</summary>
public sealed class AddEntryModel : RegisterPageModel
{
    public IReadOnlyList<string> LaOptions { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    [BindProperty] public string? La { get; set; }
    [BindProperty] public string? ChildId { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Keyworker { get; set; }
    [BindProperty] public List<string> AgencyCodes { get; set; } = [];
    [BindProperty] public List<string> IndicatorCodes { get; set; } = [];
    [BindProperty] public string? ConsentGivenBy { get; set; }
    [BindProperty] public string? ConsentGivenOn { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }
    [BindProperty] public string? MeetingKind { get; set; }
    [BindProperty] public string? MeetingDue { get; set; }

    public IActionResult OnGet()
    {
        try
        {
            LaOptions = Dsr.ScopeOf(Acting).LaCodes;
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        if (LaOptions.Count == 0) return Refused();
        ConsentGivenOn ??= DateTime.UtcNow.ToString("yyyy-MM-dd");
        return Page();
    }

    public IActionResult OnPost()
    {
        try
        {
            LaOptions = Dsr.ScopeOf(Acting).LaCodes;
            if (LaOptions.Count == 0) return Refused();
            var la = LaOptions.Count == 1 ? LaOptions[0] : La ?? "";
            if (string.IsNullOrWhiteSpace(ChildId) && string.IsNullOrWhiteSpace(NhsNumber)) Errors.Add("ChildId", "Enter the child's NHS number, your LA's child ID, or both.");
            if (!RagRatings.TryParse(Rating, out var rating)) Errors.Add("Rating-green", "Choose a rating: green, amber or red.");
            if (string.IsNullOrWhiteSpace(Reason)) Errors.Add("Reason", "Enter the reason for the rating.");
            var meeting = MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
            if (meetingError is not null) Errors.Add("MeetingDue", meetingError);
            else if (rating == RagRating.Red && meeting is null)
                Errors.Add("MeetingKind-cetr", "A child entering at red needs a CETR or, where one cannot be held in time, a LAEP meeting, with a due date.");
            if (string.IsNullOrWhiteSpace(ConsentGivenBy)) Errors.Add("ConsentGivenBy", "Enter who gave consent (the relationship, not a name).");
            var givenOn = Date(ConsentGivenOn);
            if (givenOn is null) Errors.Add("ConsentGivenOn", "Enter the date consent was given.");
            if (string.IsNullOrWhiteSpace(ConsentBasis)) Errors.Add("ConsentBasis", "Enter the basis of consent.");
            if (Errors.Any) return Page();
            var entry = Dsr.AddEntry(Acting, new NewEntry(la, ChildId ?? "", rating, Reason ?? "", Keyworker ?? "",
                AgencyCodes.Where(c => Agencies.All.Any(a => a.Code() == c)).Select(Agencies.FromCode).ToList(),
                IndicatorCodes.Where(c => RiskIndicators.All.Any(i => i.Code() == c)).Select(RiskIndicators.FromCode).ToList(),
                new Consent(ConsentGivenBy ?? "", givenOn!.Value, ConsentBasis ?? ""), null, meeting, NhsNumber));
            return Redirect($"/register/entries/{entry.Id}?saved=added");
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
    private static string FieldOf(string rule) => rule switch
    {
        _ when rule.StartsWith("nhs", StringComparison.Ordinal) => "NhsNumber",
        _ when rule.StartsWith("keyworker", StringComparison.Ordinal) => "Keyworker",
        _ when rule.StartsWith("child", StringComparison.Ordinal) => "ChildId",
        _ when rule.StartsWith("reason", StringComparison.Ordinal) => "Reason",
        _ when rule.StartsWith("red-", StringComparison.Ordinal) => "MeetingKind-cetr",
        _ when rule.Contains("given-by", StringComparison.Ordinal) => "ConsentGivenBy",
        _ when rule.Contains("basis", StringComparison.Ordinal) => "ConsentBasis",
        _ when rule.StartsWith("consent", StringComparison.Ordinal) => "ConsentGivenOn",
        _ => "ChildId",
    };

    /// <summary>A CETR or LAEP request from the form, or null; an error when a kind is chosen without a valid due date.</summary>
    internal static MeetingRequest? MeetingFrom(string? kind, string? due, out string? error)
    {
        error = null;
        if (kind is not ("cetr" or "laep")) return null;
        if (Date(due) is not { } dueOn)
        {
            error = "Enter the date the CETR or LAEP meeting is due.";
            return null;
        }
        return new MeetingRequest(kind == "cetr" ? Register.Meetings.MeetingKind.Cetr : Register.Meetings.MeetingKind.Laep, dueOn);
    }
}
