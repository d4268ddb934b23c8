using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>Arranges a CETR or LAEP meeting for an entry, to be held by its due date.</summary>
    public Meeting ArrangeMeeting(RegisterUser user, long entryId, MeetingRequest request)
    {
        using var connection = _store.OpenConnection();
        VisibleEntry(connection, user, entryId, "dsr.meeting.arrange");
        using var transaction = connection.BeginTransaction();
        var id = InsertMeeting(connection, transaction, user, entryId, request);
        transaction.Commit();
        return ReadMeetings(connection, entryId).Single(m => m.Id == id);
    }

    private long InsertMeeting(DbConnection connection, DbTransaction transaction, RegisterUser user, long entryId, MeetingRequest request)
    {
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_meeting (entry_id, kind, arranged_at, due_on, arranged_by)
            VALUES (@entryId, @kind, @at, @dueOn, @by) RETURNING id
            """,
            new { entryId, kind = KindCode(request.Kind), at = Now, dueOn = Dates.Text(request.DueOn), by = user.UserName }, transaction);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.meeting.arrange", Target(entryId), AuditOutcome.Allowed,
            $"{KindCode(request.Kind)} due {Dates.Text(request.DueOn)}");
        return id;
    }

    /// <summary>
    /// Records that a CETR or LAEP meeting was held, with its outcome and its recommendations, each an action with an
    /// owner and a due date whose completion is tracked (in the same transaction). A meeting is recorded as held once only.
    /// </summary>
    public Meeting RecordMeetingHeld(RegisterUser user, long meetingId, DateOnly heldOn, string outcome, IReadOnlyList<Recommendation>? recommendations = null)
    {
        var text = Required(outcome, "The meeting's outcome", "outcome-required");
        using var connection = _store.OpenConnection();
        var entryId = connection.ExecuteScalar<long?>("SELECT entry_id FROM dsr_meeting WHERE id = @meetingId", new { meetingId }) ?? 0;
        VisibleEntry(connection, user, entryId, "dsr.meeting.held");
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute(
            "UPDATE dsr_meeting SET held_on = @heldOn, outcome = @text, recorded_by = @by WHERE id = @meetingId AND held_on IS NULL",
            new { heldOn = Dates.Text(heldOn), text, by = user.UserName, meetingId }, transaction);
        if (changed == 0)
        {
            transaction.Rollback();
            var held = ReadMeetings(connection, entryId).Single(m => m.Id == meetingId);
            RegisterAudit.Write(connection, null, user, Now, "dsr.meeting.held", Target(entryId), AuditOutcome.Conflict, $"meeting {meetingId} already recorded by {held.RecordedBy}");
            throw new Concurrency.ConcurrentEditException(entryId, 0, 0, held.RecordedBy ?? "", held.HeldOn is null ? "" : Dates.Text(held.HeldOn.Value),
                $"meeting held on {Dates.Text(heldOn)}: {text}");
        }
        foreach (var r in recommendations ?? [])
        {
            try
            {
                InsertAction(connection, transaction, user, entryId, r.Description, r.Owner, r.DueOn, meetingId);
            }
            catch (RegisterRuleException)
            {
                transaction.Rollback();
                throw;
            }
        }
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.meeting.held", Target(entryId), AuditOutcome.Allowed,
            $"meeting {meetingId} held on {Dates.Text(heldOn)}, {recommendations?.Count ?? 0} recommendations");
        transaction.Commit();
        return ReadMeetings(connection, entryId).Single(m => m.Id == meetingId);
    }

    private static string KindCode(MeetingKind kind) => kind == MeetingKind.Cetr ? "cetr" : "laep";

    private static IReadOnlyList<Meeting> ReadMeetings(DbConnection connection, long entryId) =>
        connection.Query<MeetingRow>(
            """
            SELECT id AS Id, entry_id AS EntryId, kind AS Kind, arranged_at AS ArrangedAt, due_on AS DueOn, held_on AS HeldOn,
                   outcome AS Outcome, arranged_by AS ArrangedBy, recorded_by AS RecordedBy
            FROM dsr_meeting WHERE entry_id = @entryId ORDER BY id
            """, new { entryId }).Select(r => r.ToMeeting()).ToList();

    private sealed class MeetingRow
    {
        public long Id { get; init; }
        public long EntryId { get; init; }
        public string Kind { get; init; } = "";
        public string ArrangedAt { get; init; } = "";
        public string DueOn { get; init; } = "";
        public string? HeldOn { get; init; }
        public string? Outcome { get; init; }
        public string ArrangedBy { get; init; } = "";
        public string? RecordedBy { get; init; }

        public Meeting ToMeeting() => new(Id, EntryId, Kind == "cetr" ? MeetingKind.Cetr : MeetingKind.Laep, ArrangedAt, Dates.Parse(DueOn),
            Dates.ParseOrNull(HeldOn), Outcome, ArrangedBy, RecordedBy);
    }
}
