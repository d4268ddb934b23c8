using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Concurrency;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Suggestions;
using JoinedUp.Register.Timeline;
using JoinedUp.Web.Forms;
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
    public FormErrors Errors { get; } = new();
    public string? ErrorForm { get; private set; }

    /// <summary>True when the withdrawal of consent waits for the user's confirmation (the page shows only that question).</summary>
    public bool ConfirmingWithdrawal { get; private set; }
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
    [BindProperty] public bool Confirmed { get; set; }
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
        if (!RagRatings.TryParse(RatingTo, out var to)) Errors.Add(RatingField(), "Choose the new rating.");
        if (string.IsNullOrWhiteSpace(RatingReason)) Errors.Add("RatingReason", "Enter the reason for the change.");
        var meeting = AddEntryModel.MeetingFrom(MeetingKind, MeetingDue, out var meetingError);
        if (meetingError is not null) Errors.Add("MeetingDue", meetingError);
        if (Errors.Any) return;
        Dsr.ChangeRating(Acting, id, Version, new RatingChangeRequest(to, RatingReason ?? "", meeting, Keyworker: RatingKeyworker));
    }, rule => rule.StartsWith("red-", StringComparison.Ordinal) ? "MeetingKind-cetr" : rule.StartsWith("rating-change", StringComparison.Ordinal) || rule == "rating-unchanged" ? RatingField() : "RatingReason");

    public IActionResult OnPostReview(long id) => Change(id, "review", () =>
    {
        var held = Date(ReviewHeldOn);
        if (held is null) Errors.Add("ReviewHeldOn", "Enter the date the review was held.");
        if (string.IsNullOrWhiteSpace(ReviewSummary)) Errors.Add("ReviewSummary", "Enter a summary of the review.");
        if (Errors.Any) return;
        Dsr.RecordReview(Acting, id, Version, held!.Value, ReviewSummary ?? "");
    }, rule => rule.Contains("date", StringComparison.Ordinal) ? "ReviewHeldOn" : "ReviewSummary");

    public IActionResult OnPostAction(long id) => Change(id, "action", () =>
    {
        if (string.IsNullOrWhiteSpace(ActionDescription)) Errors.Add("ActionDescription", "Enter what needs doing.");
        if (string.IsNullOrWhiteSpace(ActionOwner)) Errors.Add("ActionOwner", "Enter the person or team who owns the action.");
        var due = Date(ActionDue);
        if (due is null) Errors.Add("ActionDue", "Enter the date the action is due.");
        if (Errors.Any) return;
        Dsr.AddAction(Acting, id, ActionDescription ?? "", ActionOwner ?? "", due!.Value);
    }, rule => rule.Contains("owner", StringComparison.Ordinal) ? "ActionOwner" : rule.Contains("due", StringComparison.Ordinal) ? "ActionDue" : "ActionDescription");

    public IActionResult OnPostCompleteAction(long id) => Change(id, "action-done", () => Dsr.CompleteAction(Acting, ActionId, Today), _ => "actions-caption");

    public IActionResult OnPostMeetingHeld(long id) => Change(id, "meeting", () =>
    {
        var held = Date(HeldOn);
        if (held is null) Errors.Add($"HeldOn-{MeetingId}", "Enter the date the meeting was held.");
        var recommendations = new List<Register.Meetings.Recommendation>();
        for (var i = 0; i < RecommendationText.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(RecommendationText[i])) continue;
            if (Date(RecommendationDue.ElementAtOrDefault(i)) is { } due)
                recommendations.Add(new Register.Meetings.Recommendation(RecommendationText[i], RecommendationOwner.ElementAtOrDefault(i) ?? "", due));
            else
                Errors.Add($"rec-{MeetingId}-{i + 1}-due", $"Enter the date recommendation {i + 1} is due.");
        }
        if (Errors.Any) return;
        Dsr.RecordMeetingHeld(Acting, MeetingId, held!.Value, MeetingOutcome ?? "", recommendations);
    }, rule => rule.Contains("date", StringComparison.Ordinal) ? $"HeldOn-{MeetingId}" : $"MeetingOutcome-{MeetingId}");

    public IActionResult OnPostConsent(long id) => Change(id, "consent", () =>
    {
        if (string.IsNullOrWhiteSpace(ConsentGivenBy)) Errors.Add("ConsentGivenBy", "Enter who gave consent (the relationship, not a name).");
        var given = Date(ConsentGivenOn);
        if (given is null) Errors.Add("ConsentGivenOn", "Enter the date consent was given.");
        if (string.IsNullOrWhiteSpace(ConsentBasis)) Errors.Add("ConsentBasis", "Enter the basis of consent.");
        if (Errors.Any) return;
        Dsr.RecordConsent(Acting, id, Version, new Consent(ConsentGivenBy ?? "", given!.Value, ConsentBasis ?? ""));
    }, ConsentField);

    /// <summary>
    /// Recording that consent was withdrawn asks first: the form's date is filled in with today, so one click would
    /// otherwise take the entry out of the ICS's register and the regional figures.
    /// </summary>
    public IActionResult OnPostWithdraw(long id) => Change(id, "withdrawn", () =>
    {
        var on = Date(WithdrawnOn);
        if (on is null) Errors.Add("WithdrawnOn", "Enter the date consent was withdrawn.");
        if (Errors.Any) return;
        if (!Confirmed)
        {
            ConfirmingWithdrawal = true;
            return;
        }
        Dsr.WithdrawConsent(Acting, id, Version, on!.Value, WithdrawNote ?? "");
    }, _ => "WithdrawnOn");

    /// <summary>The new-rating radios' fieldset (which radios it holds depends on the current rating).</summary>
    private static string RatingField() => "RatingTo";

    private static string ConsentField(string rule) =>
        rule.Contains("given-by", StringComparison.Ordinal) ? "ConsentGivenBy" : rule.Contains("basis", StringComparison.Ordinal) ? "ConsentBasis" : "ConsentGivenOn";

    /// <summary>Adds the NHS number or (the child's own LA only) the LA's child ID; two entries for the same child become one.</summary>
    public IActionResult OnPostIdentity(long id) => Change(id, "identity", () => Dsr.AddIdentifiers(Acting, id, Version, ChildId, NhsNumber),
        // The summary links to the field the rule is about, or to the form's heading when no field was filled in.
        rule => rule.Contains("nhs", StringComparison.OrdinalIgnoreCase) ? "NhsNumber"
            : !string.IsNullOrWhiteSpace(ChildId) ? "ChildId" : !string.IsNullOrWhiteSpace(NhsNumber) ? "NhsNumber" : "form-identity");

    public IActionResult OnPostExit(long id) => Change(id, "exit", () =>
    {
        var on = Date(ExitOn);
        if (on is null) Errors.Add("ExitOn", "Enter the date the child left the register.");
        if (Errors.Any) return;
        Dsr.ExitRegister(Acting, id, Version, on!.Value, ExitReason ?? "");
    }, rule => rule.Contains("date", StringComparison.Ordinal) ? "ExitOn" : "ExitReason");

    /// <summary>
    /// Runs a form's change: the form's own checks add every error at once (then nothing is changed); a rule the
    /// register refuses is shown against the field <paramref name="fieldOf"/> names for it.
    /// </summary>
    private IActionResult Change(long id, string form, Action change, Func<string, string> fieldOf)
    {
        try
        {
            change();
            if (Errors.Any || ConfirmingWithdrawal)
            {
                ErrorForm = Errors.Any ? form : null;
                return Load(id) ?? Page();
            }
            // An LA keeps seeing an entry after consent is withdrawn; others no longer can, so they go back to the register.
            return form == "withdrawn" && !Acting.IsLaUser ? Redirect("/register") : Redirect($"/register/entries/{id}?saved={form}");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Errors.Add(fieldOf(e.Rule), e.Message);
            ErrorForm = form;
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
