using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Actions;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Concurrency;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>Agrees an action for an entry: what, who owns it (a person or team), and by when.</summary>
    public AgreedAction AddAction(RegisterUser user, long entryId, string description, string owner, DateOnly dueOn)
    {
        using var connection = _store.OpenConnection();
        VisibleEntry(connection, user, entryId, "dsr.action.add");
        using var transaction = connection.BeginTransaction();
        var id = InsertAction(connection, transaction, user, entryId, description, owner, dueOn, null);
        transaction.Commit();
        return ReadActions(connection, entryId).Single(a => a.Id == id);
    }

    private long InsertAction(DbConnection connection, DbTransaction transaction, RegisterUser user, long entryId, string description, string owner, DateOnly dueOn, long? meetingId)
    {
        var text = Required(description, "What the action is", "action-description-required");
        var who = Required(owner, "The action's owner", "action-owner-required");
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_action (entry_id, description, owner, due_on, created_at, created_by, meeting_id)
            VALUES (@entryId, @text, @who, @dueOn, @at, @by, @meetingId) RETURNING id
            """,
            new { entryId, text, who, dueOn = Dates.Text(dueOn), at = Now, by = user.UserName, meetingId }, transaction);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.action.add", Target(entryId), AuditOutcome.Allowed,
            $"action {id} owned by {who}, due {Dates.Text(dueOn)}" + (meetingId is null ? "" : $", recommended by meeting {meetingId}"));
        return id;
    }

    /// <summary>Marks an action done. If someone else already did, the caller is told who and when (nothing is overwritten).</summary>
    public AgreedAction CompleteAction(RegisterUser user, long actionId, DateOnly completedOn)
    {
        using var connection = _store.OpenConnection();
        var entryId = connection.ExecuteScalar<long?>("SELECT entry_id FROM dsr_action WHERE id = @actionId", new { actionId }) ?? 0;
        VisibleEntry(connection, user, entryId, "dsr.action.complete");
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute(
            "UPDATE dsr_action SET completed_on = @on, completed_by = @by WHERE id = @actionId AND completed_on IS NULL",
            new { on = Dates.Text(completedOn), by = user.UserName, actionId }, transaction);
        if (changed == 0)
        {
            transaction.Rollback();
            var done = ReadActions(connection, entryId).Single(a => a.Id == actionId);
            RegisterAudit.Write(connection, null, user, Now, "dsr.action.complete", Target(entryId), AuditOutcome.Conflict, $"action {actionId} already completed by {done.CompletedBy}");
            throw new ConcurrentEditException(entryId, 0, 0, done.CompletedBy ?? "", done.CompletedOn is null ? "" : Dates.Text(done.CompletedOn.Value),
                $"action {actionId} completed on {Dates.Text(completedOn)}");
        }
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.action.complete", Target(entryId), AuditOutcome.Allowed, $"action {actionId} completed {Dates.Text(completedOn)}");
        transaction.Commit();
        return ReadActions(connection, entryId).Single(a => a.Id == actionId);
    }

    private static IReadOnlyList<AgreedAction> ReadActions(DbConnection connection, long entryId) =>
        connection.Query<ActionRow>(
            $"SELECT {ActionRow.Columns} FROM dsr_action a WHERE a.entry_id = @entryId ORDER BY a.due_on, a.id", new { entryId })
            .Select(r => r.ToAction()).ToList();

    private sealed class ActionRow
    {
        public const string Columns =
            """
            a.id AS Id, a.entry_id AS EntryId, a.description AS Description, a.owner AS Owner, a.due_on AS DueOn, a.completed_on AS CompletedOn,
            a.created_at AS CreatedAt, a.created_by AS CreatedBy, a.completed_by AS CompletedBy, a.meeting_id AS MeetingId
            """;

        public long Id { get; init; }
        public long EntryId { get; init; }
        public string Description { get; init; } = "";
        public string Owner { get; init; } = "";
        public string DueOn { get; init; } = "";
        public string? CompletedOn { get; init; }
        public string CreatedAt { get; init; } = "";
        public string CreatedBy { get; init; } = "";
        public string? CompletedBy { get; init; }
        public long? MeetingId { get; init; }

        public AgreedAction ToAction() => new(Id, EntryId, Description, Owner, Dates.Parse(DueOn), Dates.ParseOrNull(CompletedOn), CreatedAt, CreatedBy, CompletedBy, MeetingId);
    }
}
