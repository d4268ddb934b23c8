using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Concurrency;
using JoinedUp.Register.DsrMeetings;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Referrals;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>
/// The DSR meeting of the user's footprint (or LA) on a date: referrals waiting for a decision and entries whose review is
/// due, each with its decision form, and the decisions recorded for that date. Each decision becomes the entry's history.
/// </summary>
public sealed class MeetingModel : RegisterPageModel
{
    public DsrMeetingAgenda? Agenda { get; private set; }
    public bool Decides { get; private set; }
    public string? Error { get; private set; }
    public string? ErrorItem { get; private set; }
    public string? Saved { get; private set; }
    public DateOnly On { get; private set; }

    [BindProperty] public long ItemId { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Keyworker { get; set; }
    [BindProperty] public string? MeetingKind { get; set; }
    [BindProperty] public string? MeetingDue { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? SignpostedTo { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public IActionResult OnGet(string? on, string? saved)
    {
        Saved = saved;
        return Load(on) ?? Page();
    }

    public IActionResult OnPostReferral(string? on) => Decide(on, "referral", () =>
    {
        var meetingOn = On;
        var referral = Dsr.GetReferral(Acting, ItemId);
        switch (Decision)
        {
            case "add":
                if (!RagRatings.TryParse(Rating, out var rating)) throw new RegisterRuleException("rating-required", $"{referral.Reference}: choose the rating agreed.");
                var meeting = AddEntryModel.MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
                if (meetingError is not null) throw new RegisterRuleException("meeting-due-required", meetingError);
                var (_, entry) = Dsr.AddReferredChild(Acting, ItemId, Version, meetingOn,
                    new ReferralAdded(rating, Reason ?? "", Keyworker ?? "", AgenciesFor(referral.Source), meeting));
                return $"{referral.Reference} added to the register as {entry.Reference} at {rating.Code()}.";
            case "discussed":
                Dsr.RecordReferralDiscussed(Acting, ItemId, Version, meetingOn, Note ?? "");
                return $"{referral.Reference} recorded as discussed; it stays on the list for the next meeting.";
            case "not-added":
                Dsr.DeclineReferral(Acting, ItemId, Version, meetingOn, Reason ?? "", SignpostedTo ?? "");
                return $"{referral.Reference} recorded as not added, with the support signposted.";
            default:
                throw new RegisterRuleException("decision-required", $"{referral.Reference}: choose what the meeting decided.");
        }
    });

    public IActionResult OnPostReview(string? on) => Decide(on, "review", () =>
    {
        var version = Version;
        if (RagRatings.TryParse(Rating, out var to) && Dsr.GetEntry(Acting, ItemId).Rating != to)
        {
            var meeting = AddEntryModel.MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
            if (meetingError is not null) throw new RegisterRuleException("meeting-due-required", meetingError);
            version = Dsr.ChangeRating(Acting, ItemId, version, new RatingChangeRequest(to, Reason ?? "", meeting, On)).Version;
        }
        Dsr.RecordReview(Acting, ItemId, version, On, Summary ?? "");
        return $"Review of {EntryReference.Format(ItemId)} recorded.";
    });

    /// <summary>The agency the referral came from is involved from the start.</summary>
    private static IReadOnlyList<Agency> AgenciesFor(ReferralSource source) => source switch
    {
        ReferralSource.Camhs => [Agency.Camhs],
        ReferralSource.CommunityPaediatrics => [Agency.CommunityPaediatrics],
        ReferralSource.SchoolSenco => [Agency.School],
        ReferralSource.LaSenTeam => [Agency.EducationSend],
        ReferralSource.SocialCare => [Agency.SocialCare],
        _ => [],
    };

    private IActionResult Decide(string? on, string kind, Func<string> decide)
    {
        if (Load(on) is { } refused) return refused;
        try
        {
            var message = decide();
            return Redirect($"/register/meeting?on={On:yyyy-MM-dd}&saved={Uri.EscapeDataString(message)}");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            (Error, ErrorItem) = (e.Message, $"{kind}-{ItemId}");
        }
        catch (ConcurrentEditException e)
        {
            (Error, ErrorItem) = (e.Message, $"{kind}-{ItemId}");
        }
        return Load(on) ?? Page();
    }

    private IActionResult? Load(string? on)
    {
        On = Date(on) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        try
        {
            Decides = Dsr.ScopeOf(Acting).Decides;
            Agenda = Dsr.MeetingAgenda(Acting, On);
            return null;
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
    }
}
