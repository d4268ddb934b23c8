using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Changes an entry's RAG rating. Every change needs a reason and adds a line to the immutable rating history.
    /// Moving to red needs a CETR or LAEP meeting with a due date (in the request, or one already arranged and not yet
    /// held). The next review falls due by the new rating's cadence (sooner, never later, when the rating rises).
    /// </summary>
    public RegisterEntry ChangeRating(RegisterUser user, long entryId, long expectedVersion, RatingChangeRequest change)
    {
        var reason = Required(change.Reason, "A reason for the change of rating", "reason-required");
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.rating.change");
        if (!RegisterScope.For(user, Region).Decides)
            Deny(connection, user, "dsr.rating.change", Target(entryId), "Ratings are agreed by the DSR coordinator or the child's LA; record your view in a review.");
        var from = RagRatings.Parse(row.Rating);
        if (from == change.To)
            throw new RegisterRuleException("rating-unchanged", $"The entry is already rated {from.Code()}; record a review instead.");
        var changedOn = change.ChangedOn ?? Today;
        if (changedOn < Dates.Parse(row.RatingSince))
            throw new RegisterRuleException("rating-change-before-current", $"A change cannot be dated before the current rating began ({row.RatingSince}).");
        if (change.To == RagRating.Red && change.Meeting is null)
        {
            var open = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_meeting WHERE entry_id = @entryId AND held_on IS NULL", new { entryId });
            if (open == 0)
                throw new RegisterRuleException("red-needs-cetr-or-laep",
                    "Red needs a community Care, Education and Treatment Review (CETR) or, where one cannot be held in time, a Local Area Emergency Protocol (LAEP) meeting, with a due date.");
        }
        var keyworker = string.IsNullOrWhiteSpace(change.Keyworker) ? row.Keyworker : change.Keyworker.Trim();
        if (change.To != RagRating.Green && keyworker.Length == 0) throw KeyworkerRequired(change.To);
        var cadenceDue = Cadence.NextDue(change.To, changedOn);
        var currentDue = Dates.Parse(row.NextReviewDue);
        var nextDue = change.To > from && currentDue < cadenceDue ? currentDue : cadenceDue;
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion,
            "rating = @to, rating_reason = @reason, rating_since = @since, next_review_due = @nextDue, keyworker = @keyworker",
            new { to = change.To.Code(), reason, since = Dates.Text(changedOn), nextDue = Dates.Text(nextDue), keyworker },
            $"rating {from.Code()} -> {change.To.Code()}: {reason}", "dsr.rating.change");
        InsertRatingChange(connection, transaction, user, entryId, from, change.To, reason, changedOn);
        if (keyworker != row.Keyworker) RecordEvent(connection, transaction, user, entryId, "details", $"keyworker '{row.Keyworker}' -> '{keyworker}'");
        if (change.Meeting is not null) InsertMeeting(connection, transaction, user, entryId, change.Meeting);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.rating.change", Target(entryId), AuditOutcome.Allowed, $"{from.Code()} -> {change.To.Code()}");
        transaction.Commit();
        return Reload(connection, entryId);
    }

    /// <summary>The policy's keyworker for every amber and red child: refused without one.</summary>
    private static RegisterRuleException KeyworkerRequired(RagRating rating) =>
        new("keyworker-required", $"A child at {rating.Code()} needs a named keyworker: enter the keyworker (a person or the keyworker service) with the rating.");

    private void InsertRatingChange(DbConnection connection, DbTransaction transaction, RegisterUser user, long entryId, RagRating? from, RagRating to, string reason, DateOnly changedOn) =>
        connection.Execute(
            """
            INSERT INTO dsr_rating_change (entry_id, changed_at, changed_on, from_rating, to_rating, reason, changed_by, changed_by_role)
            VALUES (@entryId, @at, @on, @from, @to, @reason, @by, @role)
            """,
            new { entryId, at = Now, on = Dates.Text(changedOn), from = from?.Code(), to = to.Code(), reason, by = user.UserName, role = user.RoleName },
            transaction);

    /// <summary>The entry's rating history, oldest first (the first line is the rating it entered at).</summary>
    public IReadOnlyList<RatingChange> RatingHistory(RegisterUser user, long entryId)
    {
        using var connection = _store.OpenConnection();
        VisibleEntry(connection, user, entryId, "dsr.rating.history");
        RegisterAudit.Write(connection, null, user, Now, "dsr.rating.history", Target(entryId), AuditOutcome.Allowed);
        return ReadRatingHistory(connection, entryId);
    }

    private static IReadOnlyList<RatingChange> ReadRatingHistory(DbConnection connection, long entryId) =>
        connection.Query<RatingChangeRow>(
            """
            SELECT id AS Id, entry_id AS EntryId, changed_at AS ChangedAt, changed_on AS ChangedOn, from_rating AS FromRating,
                   to_rating AS ToRating, reason AS Reason, changed_by AS ChangedBy, changed_by_role AS ChangedByRole
            FROM dsr_rating_change WHERE entry_id = @entryId ORDER BY id
            """, new { entryId })
            .Select(r => new RatingChange(r.Id, r.EntryId, r.ChangedAt, Dates.Parse(r.ChangedOn), r.FromRating is null ? null : RagRatings.Parse(r.FromRating),
                RagRatings.Parse(r.ToRating), r.Reason, r.ChangedBy, r.ChangedByRole))
            .ToList();

    private sealed class RatingChangeRow
    {
        public long Id { get; init; }
        public long EntryId { get; init; }
        public string ChangedAt { get; init; } = "";
        public string ChangedOn { get; init; } = "";
        public string? FromRating { get; init; }
        public string ToRating { get; init; } = "";
        public string Reason { get; init; } = "";
        public string ChangedBy { get; init; } = "";
        public string ChangedByRole { get; init; } = "";
    }
}
