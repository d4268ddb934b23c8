using JoinedUp.Analytics.Journeys;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Children;

/// <summary>
/// One child's journey across every return (timeline with the escalation points) and the Appendix 2 framework's
/// answers, for users of the child's own LA only: anyone else is refused with 403. Views and refusals are audited.
/// </summary>
public sealed class JourneyModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public ChildJourney? Journey { get; private set; }
    public string LaName { get; private set; } = "";
    public IReadOnlyList<FrameworkAnswer> Answers { get; private set; } = [];

    /// <summary>The timeline: events and escalation points in date order (an escalation point has no event).</summary>
    public IReadOnlyList<(DateOnly Date, JourneyEvent? Event, EscalationPoint? Point)> Timeline { get; private set; } = [];

    public IActionResult OnGet(string pseudonym)
    {
        var la = Scope.OwnLa;
        if (la is null)
        {
            audit.Record(User, "child.journey.view", pseudonym, AuditLog.Denied, "role sees no child-level data");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        var loaded = LaJourneys.Load(store, la);
        if (loaded.Find(pseudonym) is not { } journey)
        {
            // Not one of this LA's children (another LA's, or none): the same answer either way, so nothing is learnt.
            audit.Record(User, "child.journey.view", pseudonym, AuditLog.Denied, "not a child of the user's LA");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        audit.Record(User, "child.journey.view", pseudonym, AuditLog.Allowed, $"{journey.Events.Count} events");
        Journey = journey;
        LaName = Region.Contains(la) ? Region[la].Name : la;
        Answers = JourneyFramework.Answer(journey, loaded.CoverageOf(la), DateOnly.FromDateTime(DateTime.UtcNow));
        Timeline = journey.Events.Select(e => (e.Date, (JourneyEvent?)e, (EscalationPoint?)null))
            .Concat(journey.EscalationPoints.Select(p => (p.Date, (JourneyEvent?)null, (EscalationPoint?)p)))
            .OrderBy(t => t.Item1).ThenBy(t => t.Item3 is null ? 1 : 0).ToList();
        return Page();
    }
}
