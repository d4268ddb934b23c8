using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Overdue;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Overdue reviews, CETR/LAEP meetings and actions for the user's team. Regional roles and administrators have no
    /// team and get an empty list (not a refusal), so the sign-in page can always call it.
    /// </summary>
    public OverdueWork Overdue(RegisterUser user, int limit = 500)
    {
        using var connection = _store.OpenConnection();
        var scope = Scope(connection, user, "dsr.overdue.read", "dsr:overdue:" + user.Organisation);
        var today = Today;
        if (!scope.SeesChildren) return new OverdueWork(user.Organisation, today, [], [], []);
        var withdrawn = scope.SeesWithdrawnConsent ? "" : "AND e.consent_withdrawn_on IS NULL";
        var p = SqlList.With(new { today = Dates.Text(today), limit }, "la", scope.LaCodes, out var laList);
        var reviews = connection.Query<(long Id, string La, string Rating, string Due, string Keyworker)>(
            $"SELECT e.id, e.la, e.rating, e.next_review_due, e.keyworker FROM dsr_entry e WHERE e.la IN {laList} {withdrawn} AND e.exited_on IS NULL AND e.next_review_due < @today ORDER BY e.next_review_due, e.id LIMIT @limit", p)
            .Select(r => new OverdueReview(r.Id, EntryReference.Format(r.Id), r.La, RagRatings.Parse(r.Rating), Dates.Parse(r.Due), r.Keyworker)).ToList();
        var meetings = connection.Query<(long EntryId, string La, long Id, string Kind, string Due)>(
            $"SELECT e.id, e.la, m.id, m.kind, m.due_on FROM dsr_meeting m JOIN dsr_entry e ON e.id = m.entry_id WHERE e.la IN {laList} {withdrawn} AND m.held_on IS NULL AND m.due_on < @today ORDER BY m.due_on, m.id LIMIT @limit", p)
            .Select(m => new OverdueMeeting(m.EntryId, EntryReference.Format(m.EntryId), m.La, m.Id, m.Kind == "cetr" ? MeetingKind.Cetr : MeetingKind.Laep, Dates.Parse(m.Due))).ToList();
        var actions = connection.Query<(long EntryId, string La, long Id, string Description, string Owner, string Due)>(
            $"SELECT e.id, e.la, a.id, a.description, a.owner, a.due_on FROM dsr_action a JOIN dsr_entry e ON e.id = a.entry_id WHERE e.la IN {laList} {withdrawn} AND a.completed_on IS NULL AND a.due_on < @today ORDER BY a.due_on, a.id LIMIT @limit", p)
            .Select(a => new OverdueAction(a.EntryId, EntryReference.Format(a.EntryId), a.La, a.Id, a.Description, a.Owner, Dates.Parse(a.Due))).ToList();
        RegisterAudit.Write(connection, null, user, Now, "dsr.overdue.read", "dsr:overdue:" + user.Organisation, AuditOutcome.Allowed,
            $"{reviews.Count} reviews, {meetings.Count} meetings, {actions.Count} actions overdue");
        return new OverdueWork(user.Organisation, today, reviews, meetings, actions);
    }
}
