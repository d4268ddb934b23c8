using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>Puts a child on the register: the NHS number and/or the LA's child ID (hashed, never stored), rating and reason, keyworker, agencies, indicators, consent.</summary>
public sealed class AddEntryModel : RegisterPageModel
{
    public IReadOnlyList<string> LaOptions { get; private set; } = [];
    public string? Error { get; private set; }

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
            if (!RagRatings.TryParse(Rating, out var rating))
            {
                Error = "Choose a rating: green, amber or red.";
                return Page();
            }
            if (Date(ConsentGivenOn) is not { } givenOn)
            {
                Error = "Enter the date consent was given.";
                return Page();
            }
            var meeting = MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
            if (meetingError is not null)
            {
                Error = meetingError;
                return Page();
            }
            var entry = Dsr.AddEntry(Acting, new NewEntry(la, ChildId ?? "", rating, Reason ?? "", Keyworker ?? "",
                AgencyCodes.Where(c => Agencies.All.Any(a => a.Code() == c)).Select(Agencies.FromCode).ToList(),
                IndicatorCodes.Where(c => RiskIndicators.All.Any(i => i.Code() == c)).Select(RiskIndicators.FromCode).ToList(),
                new Consent(ConsentGivenBy ?? "", givenOn, ConsentBasis ?? ""), null, meeting, NhsNumber));
            return Redirect($"/register/entries/{entry.Id}?saved=added");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Error = e.Message;
            return Page();
        }
    }

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
