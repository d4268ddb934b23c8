using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Concurrency;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Suggestions;
using JoinedUp.Register.Timeline;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>
/// One child's register entry: details, the dated timeline of ratings, meetings, reviews and actions, and the forms
/// that change it. A rule the register refuses is shown on its form; a change someone else made first is explained
/// (who and when) and what the user typed is kept for them to submit again.
/// </summary>
public sealed class EntryModel : RegisterPageModel
{
    public EntryTimeline? Timeline { get; private set; }
    public IReadOnlyList<SuggestedIndicator> Suggestions { get; private set; } = [];
    public string? Error { get; private set; }
    public string? ErrorForm { get; private set; }
    public string? Conflict { get; private set; }
    public string? Saved { get; private set; }
    public RegisterEntry Entry => Timeline!.Entry;
    public DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [BindProperty] public long Version { get; set; }
    [BindProperty] public string? RatingTo { get; set; }
    [BindProperty] public string? RatingReason { get; set; }
    [BindProperty] public string? MeetingKind { get; set; }
    [BindProperty] public string? MeetingDue { get; set; }
    [BindProperty] public string? ReviewHeldOn { get; set; }
    [BindProperty] public string? ReviewSummary { get; set; }
    [BindProperty] public string? ActionDescription { get; set; }
    [BindProperty] public string? ActionOwner { get; set; }
    [BindProperty] public string? ActionDue { get; set; }
    [BindProperty] public long ActionId { get; set; }
    [BindProperty] public long MeetingId { get; set; }
    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? MeetingOutcome { get; set; }
    [BindProperty] public string? ConsentGivenBy { get; set; }
    [BindProperty] public string? ConsentGivenOn { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }
    [BindProperty] public string? WithdrawnOn { get; set; }
    [BindProperty] public string? WithdrawNote { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? RatingKeyworker { get; set; }
    [BindProperty] public string? ExitOn { get; set; }
    [BindProperty] public string? ExitReason { get; set; }
    [BindProperty] public List<string> RecommendationText { get; set; } = [];
    [BindProperty] public List<string> RecommendationOwner { get; set; } = [];
    [BindProperty] public List<string> RecommendationDue { get; set; } = [];
    [BindProperty] public string? ChildId { get; set; }

    /// <summary>The child in the LA's own returns (LA users of the child's LA, once the LA's child ID is known).</summary>
    public JoinedUp.Register.Identity.LinkedReturns? Linked { get; private set; }

    public IActionResult OnGet(long id, string? saved)
    {
        Saved = saved switch
        {
            "added" => "The child was added to the register.",
            "rating" => "The rating was changed.",
            "review" => "The review was recorded.",
            "action" => "The action was added.",
            "action-done" => "The action was marked done.",
            "meeting" => "The meeting was recorded as held.",
            "consent" => "Consent was recorded.",
            "withdrawn" => "The withdrawal of consent was recorded.",
            "identity" => "The identifier was added.",
            "exit" => "The child's leaving the register was recorded.",
            _ => null,
        };
        return Load(id) ?? Page();
    }

    public IActionResult OnPostRating(long id) => Change(id, "rating", () =>
    {
        if (!RagRatings.TryParse(RatingTo, out var to)) throw new RegisterRuleException("rating-required", "Choose the new rating.");
        var meeting = AddEntryModel.MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
        if (meetingError is not null) throw new RegisterRuleException("meeting-due-required", meetingError);
        Dsr.ChangeRating(Acting, id, Version, new RatingChangeRequest(to, RatingReason ?? "", meeting, Keyworker: RatingKeyworker));
    });

    public IActionResult OnPostReview(long id) => Change(id, "review", () =>
    {
        var held = Date(ReviewHeldOn) ?? throw new RegisterRuleException("review-date-required", "Enter the date the review was held.");
        Dsr.RecordReview(Acting, id, Version, held, ReviewSummary ?? "");
    });

    public IActionResult OnPostAction(long id) => Change(id, "action", () =>
    {
        var due = Date(ActionDue) ?? throw new RegisterRuleException("action-due-required", "Enter the date the action is due.");
        Dsr.AddAction(Acting, id, ActionDescription ?? "", ActionOwner ?? "", due);
    });

    public IActionResult OnPostCompleteAction(long id) => Change(id, "action-done", () => Dsr.CompleteAction(Acting, ActionId, Today));

    public IActionResult OnPostMeetingHeld(long id) => Change(id, "meeting", () =>
    {
        var held = Date(HeldOn) ?? throw new RegisterRuleException("meeting-held-date-required", "Enter the date the meeting was held.");
        var recommendations = new List<Register.Meetings.Recommendation>();
        for (var i = 0; i < RecommendationText.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(RecommendationText[i])) continue;
            var due = Date(RecommendationDue.ElementAtOrDefault(i)) ?? throw new RegisterRuleException("recommendation-due-required", $"Enter the date recommendation {i + 1} is due.");
            recommendations.Add(new Register.Meetings.Recommendation(RecommendationText[i], RecommendationOwner.ElementAtOrDefault(i) ?? "", due));
        }
        Dsr.RecordMeetingHeld(Acting, MeetingId, held, MeetingOutcome ?? "", recommendations);
    });

    public IActionResult OnPostConsent(long id) => Change(id, "consent", () =>
    {
        var given = Date(ConsentGivenOn) ?? throw new RegisterRuleException("consent-date-required", "Enter the date consent was given.");
        Dsr.RecordConsent(Acting, id, Version, new Consent(ConsentGivenBy ?? "", given, ConsentBasis ?? ""));
    });

    public IActionResult OnPostWithdraw(long id) => Change(id, "withdrawn", () =>
    {
        var on = Date(WithdrawnOn) ?? throw new RegisterRuleException("withdrawn-date-required", "Enter the date consent was withdrawn.");
        Dsr.WithdrawConsent(Acting, id, Version, on, WithdrawNote ?? "");
    });

    /// <summary>Adds the NHS number or (the child's own LA only) the LA's child ID; two entries for the same child become one.</summary>
    public IActionResult OnPostExit(long id) => Change(id, "exit", () =>
    {
        var on = Date(ExitOn) ?? throw new RegisterRuleException("exit-date-required", "Enter the date the child left the register.");
        Dsr.ExitRegister(Acting, id, Version, on, ExitReason ?? "");
    });

    public IActionResult OnPostIdentity(long id) => Change(id, "identity", () => Dsr.AddIdentifiers(Acting, id, Version, ChildId, NhsNumber));

    private IActionResult Change(long id, string form, Action change)
    {
        try
        {
            change();
            // An LA keeps seeing an entry after consent is withdrawn; others no longer can, so they go back to the register.
            return form == "withdrawn" && !Acting.IsLaUser ? Redirect("/register") : Redirect($"/register/entries/{id}?saved={form}");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            (Error, ErrorForm) = (e.Message, form);
        }
        catch (ConcurrentEditException e)
        {
            (Conflict, ErrorForm) = ($"{e.ChangedBy} changed this entry at {Instant(e.ChangedAt)} after you opened it, so your change was not saved. "
                + "The entry below is as it is now; what you typed is still in the form, so check it and submit again.", form);
        }
        return Load(id) ?? Page();
    }

    private IActionResult? Load(long id)
    {
        try
        {
            Timeline = Dsr.Timeline(Acting, id);
            Suggestions = Dsr.SuggestIndicators(Acting, id);
            if (Acting.IsLaUser && Acting.Organisation == Timeline.Entry.LaCode) Linked = Dsr.LinkedReturns(Acting, id);
            return null;
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
    }

    public static string Instant(string roundTrip) =>
        DateTime.TryParse(roundTrip, null, System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at.ToString("d MMM yyyy HH:mm") + " UTC" : roundTrip;
}
