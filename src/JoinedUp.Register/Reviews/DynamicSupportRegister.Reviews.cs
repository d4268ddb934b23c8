using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Reviews;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Records a held review at the entry's current rating; the next review falls due by the rating's cadence from the
    /// day it was held. To change the rating at a review, call <see cref="ChangeRating"/> first.
    /// </summary>
    public Review RecordReview(RegisterUser user, long entryId, long expectedVersion, DateOnly heldOn, string summary)
    {
        var text = Required(summary, "A summary of the review", "summary-required");
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.review.record");
        var rating = RagRatings.Parse(row.Rating);
        var nextDue = Cadence.NextDue(rating, heldOn);
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion, "next_review_due = @nextDue", new { nextDue = Dates.Text(nextDue) },
            $"review held on {Dates.Text(heldOn)}: {text}", "dsr.review.record");
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_review (entry_id, held_on, rating, summary, next_due, recorded_at, recorded_by)
            VALUES (@entryId, @heldOn, @rating, @text, @nextDue, @at, @by) RETURNING id
            """,
            new { entryId, heldOn = Dates.Text(heldOn), rating = rating.Code(), text, nextDue = Dates.Text(nextDue), at = Now, by = user.UserName }, transaction);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.review.record", Target(entryId), AuditOutcome.Allowed,
            $"review held {Dates.Text(heldOn)} at {rating.Code()}, next due {Dates.Text(nextDue)}");
        transaction.Commit();
        return ReadReviews(connection, entryId).Single(r => r.Id == id);
    }

    private static IReadOnlyList<Review> ReadReviews(DbConnection connection, long entryId) =>
        connection.Query<ReviewRow>(
            """
            SELECT id AS Id, entry_id AS EntryId, held_on AS HeldOn, rating AS Rating, summary AS Summary, next_due AS NextDue,
                   recorded_at AS RecordedAt, recorded_by AS RecordedBy
            FROM dsr_review WHERE entry_id = @entryId ORDER BY held_on, id
            """, new { entryId })
            .Select(r => new Review(r.Id, r.EntryId, Dates.Parse(r.HeldOn), RagRatings.Parse(r.Rating), r.Summary, Dates.Parse(r.NextDue), r.RecordedAt, r.RecordedBy))
            .ToList();

    private sealed class ReviewRow
    {
        public long Id { get; init; }
        public long EntryId { get; init; }
        public string HeldOn { get; init; } = "";
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
        public string NextDue { get; init; } = "";
        public string RecordedAt { get; init; } = "";
        public string RecordedBy { get; init; } = "";
    }
}
