using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.DsrMeetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// The DSR meeting of the user's footprint on <paramref name="on"/>: referrals received by then and not yet decided,
    /// referrals decided at this meeting, entries whose review is due by then (consent standing), and reviews held that
    /// day. For the DSR coordinator and health practitioners of the footprint, and LA users for their own LA. Audited.
    /// </summary>
    public DsrMeetingAgenda MeetingAgenda(RegisterUser user, DateOnly on, int limit = 300)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:meeting:" + user.Organisation + ":" + Dates.Text(on);
        var scope = ChildScope(connection, user, "dsr.meeting.read", target);
        var parameters = SqlList.With(new { on = Dates.Text(on), by = user.UserName }, "la", scope.LaCodes, out var laList);
        var mine = scope.Decides ? "" : " AND r.received_by = @by";
        var waiting = connection.Query<ReferralRow>(
            $"SELECT {ReferralRow.Columns} FROM dsr_referral r WHERE r.la IN {laList}{mine} AND r.status IN ('received', 'discussed') AND r.referred_on <= @on ORDER BY r.referred_on, r.id LIMIT {limit}",
            parameters).Select(r => r.ToReferral()).ToList();
        var decided = connection.Query<ReferralRow>(
            $"SELECT {ReferralRow.Columns} FROM dsr_referral r WHERE r.la IN {laList}{mine} AND r.status IN ('added', 'not-added') AND r.meeting_on = @on ORDER BY r.id LIMIT {limit}",
            parameters).Select(r => r.ToReferral()).ToList();
        var due = connection.Query<(long Id, string La, string Rating, string Due, string Keyworker, long Version)>(
            $"""
            SELECT e.id, e.la, e.rating, e.next_review_due, e.keyworker, e.version FROM dsr_entry e
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND e.exited_on IS NULL AND e.next_review_due <= @on
            ORDER BY {SeverityOrder} LIMIT {limit}
            """, parameters).Select(d => new DueReview(d.Id, d.La, RagRatings.Parse(d.Rating), Dates.Parse(d.Due), d.Keyworker, d.Version)).ToList();
        var held = connection.Query<(long Id, string La, string Rating, string Summary, string NextDue, string By)>(
            $"""
            SELECT e.id, e.la, v.rating, v.summary, v.next_due, v.recorded_by FROM dsr_review v JOIN dsr_entry e ON e.id = v.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND v.held_on = @on ORDER BY v.id LIMIT {limit}
            """, parameters).Select(h => new HeldReview(h.Id, h.La, RagRatings.Parse(h.Rating), h.Summary, Dates.Parse(h.NextDue), h.By)).ToList();
        RegisterAudit.Write(connection, null, user, Now, "dsr.meeting.read", target, AuditOutcome.Allowed,
            $"{waiting.Count} referrals waiting, {due.Count} reviews due");
        return new DsrMeetingAgenda(scope.Footprint ?? "", on, scope.LaCodes, waiting, decided, due, held);
    }
}
