using System.Globalization;
using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Auditing;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    private static IReadOnlyList<ReviewAction> ActionsOf(System.Data.Common.DbConnection connection, long reviewId) =>
        connection.Query<(long Id, string Description, string Owner, string DueOn, string Status, string Statements, string Note, string At, string By)>(
            "SELECT id, description, owner, due_on, status, statements, progress_note, updated_at, updated_by FROM review_action WHERE review_id = @reviewId ORDER BY due_on, id",
            new { reviewId })
            .Select(a => new ReviewAction(a.Id, reviewId, a.Description, a.Owner, DateOnly.ParseExact(a.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ActionStatuses.Parse(a.Status), a.Statements.Split('|', StringSplitOptions.RemoveEmptyEntries), a.Note, a.At, a.By)).ToList();

    /// <summary>Adds an action to the plan (lead only), linked to one or more statements of the review. Audited.</summary>
    public long AddAction(ReviewUser user, long reviewId, string? description, string? owner, DateOnly? dueOn, IReadOnlyList<string> statementKeys)
    {
        using var connection = _store.OpenConnection();
        var (review, _) = LeadOf(connection, user, reviewId, "review.action.add");
        var framework = Framework(connection, review.FrameworkVersion)!.Definition;
        var what = Required(description, "Action: what will be done", 1000);
        var who = Required(owner, "Action: owner", 200);
        if (dueOn is null) throw new ReviewRuleException("action-due", "Action: the date it is due by is required (yyyy-mm-dd).");
        if (statementKeys.Count == 0) throw new ReviewRuleException("action-statements", "Action: link it to at least one statement it answers.");
        var keys = statementKeys.Select(k => StatementOf(framework, k).Key).Distinct().ToList();
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO review_action (review_id, description, owner, due_on, status, statements, progress_note, created_at, created_by, updated_at, updated_by)
            VALUES (@reviewId, @what, @who, @due, 'not-started', @keys, '', @at, @by, @at, @by) RETURNING id
            """, new { reviewId, what, who, due = dueOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), keys = "|" + string.Join("|", keys) + "|", at = Now, by = user.UserName }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.action.add", Target(reviewId), ReviewAudit.Allowed, $"action {id} for statements {string.Join(", ", keys)}");
        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Records progress on an action (lead only): its status and a note. Actions of a closed review can still be
    /// updated, since the plan is carried out after the review; that is the progress the next review sees. Audited.
    /// </summary>
    public void UpdateAction(ReviewUser user, long reviewId, long actionId, ActionStatus status, string? note)
    {
        using var connection = _store.OpenConnection();
        LeadOf(connection, user, reviewId, "review.action.update", mustBeOpen: false);
        var progress = Optional(note, "Action: progress note", 1000);
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute(
            "UPDATE review_action SET status = @status, progress_note = @progress, updated_at = @at, updated_by = @by WHERE id = @actionId AND review_id = @reviewId",
            new { status = status.Code(), progress, at = Now, by = user.UserName, actionId, reviewId }, transaction);
        if (changed != 1) throw new ReviewRuleException("action", $"There is no action {actionId} in this review.");
        ReviewAudit.Write(connection, transaction, user, Now, "review.action.update", Target(reviewId), ReviewAudit.Allowed, $"action {actionId}: {status.Code()}");
        transaction.Commit();
    }
}
