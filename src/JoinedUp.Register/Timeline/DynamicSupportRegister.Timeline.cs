using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;
using JoinedUp.Register.Timeline;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>Everything on one child's page, with the timeline newest first (audited as one read).</summary>
    public EntryTimeline Timeline(RegisterUser user, long entryId)
    {
        using var connection = _store.OpenConnection();
        var entry = VisibleEntry(connection, user, entryId, "dsr.entry.read").ToEntry();
        RegisterAudit.Write(connection, null, user, Now, "dsr.entry.read", Target(entryId), AuditOutcome.Allowed, "child's page");
        var ratings = ReadRatingHistory(connection, entryId);
        var meetings = ReadMeetings(connection, entryId);
        var reviews = ReadReviews(connection, entryId);
        var actions = ReadActions(connection, entryId);
        var events = connection.Query<EntryEvent>(
            "SELECT id AS Id, entry_id AS EntryId, at AS At, kind AS Kind, detail AS Detail, by_user AS By FROM dsr_entry_event WHERE entry_id = @entryId ORDER BY id",
            new { entryId }).ToList();
        var items = new List<TimelineItem>();
        items.AddRange(ratings.Select(r => new TimelineItem(r.ChangedOn, "rating",
            (r.From is null ? $"Entered at {r.To.Code()}" : $"{r.From.Value.Code()} to {r.To.Code()}") + ": " + r.Reason, r.ChangedBy, r.ChangedAt)));
        foreach (var m in meetings)
        {
            items.Add(new TimelineItem(DateOnly.FromDateTime(DateTime.Parse(m.ArrangedAt, null, System.Globalization.DateTimeStyles.RoundtripKind)),
                "meeting", $"{m.KindLabel} arranged, due {Dates.Text(m.DueOn)}", m.ArrangedBy, m.ArrangedAt));
            // Not timed when recorded: known only to come after the meeting was arranged.
            if (m.HeldOn is { } held) items.Add(new TimelineItem(held, "meeting", $"{m.KindLabel} held: {m.Outcome}", m.RecordedBy ?? "", m.ArrangedAt + "+held"));
        }
        items.AddRange(reviews.Select(r => new TimelineItem(r.HeldOn, "review", $"Review at {r.Rating.Code()}: {r.Summary} (next due {Dates.Text(r.NextDue)})", r.RecordedBy, r.RecordedAt)));
        foreach (var a in actions)
        {
            items.Add(new TimelineItem(DateOnly.FromDateTime(DateTime.Parse(a.CreatedAt, null, System.Globalization.DateTimeStyles.RoundtripKind)),
                "action", $"Action for {a.Owner}, due {Dates.Text(a.DueOn)}: {a.Description}", a.CreatedBy, a.CreatedAt));
            if (a.CompletedOn is { } done) items.Add(new TimelineItem(done, "action", $"Action done: {a.Description}", a.CompletedBy ?? "", a.CreatedAt + "+done"));
        }
        items.AddRange(events.Where(e => e.Kind != "entered").Select(e => new TimelineItem(
            DateOnly.FromDateTime(DateTime.Parse(e.At, null, System.Globalization.DateTimeStyles.RoundtripKind)), e.Kind, e.Detail, e.By, e.At)));
        return new EntryTimeline(entry, ratings, meetings, reviews, actions, events,
            // Newest first: by date, then within a day by when each line was recorded (a line recorded later is newer).
            items.OrderByDescending(i => i.On).ThenByDescending(i => i.RecordedAt, StringComparer.Ordinal).ToList());
    }
}
