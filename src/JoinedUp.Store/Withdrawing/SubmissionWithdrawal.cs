using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store.Linking;
using JoinedUp.Store.Loading;

namespace JoinedUp.Store.Withdrawing;

/// <summary>What a withdrawal removed: the submission's id and how many children and links went with it.</summary>
public sealed record WithdrawnSubmission(SubmissionKey Key, long SubmissionId, long Children, long Links);

/// <summary>
/// Withdraws an LA's submission (LA, return, year) from the store as one transaction: the submission, its rows in every
/// return table, its validation issues, a hold on it, and the child links from or to its children (links between the
/// LA's other returns are rebuilt by relinking the LA afterwards). Nothing of it is left half-removed: if any step fails,
/// the store is as it was.
/// </summary>
public static class SubmissionWithdrawal
{
    /// <summary>Withdraws the submission; null when the store holds no such submission.</summary>
    /// <param name="withdrawnBy">The user withdrawing it, written on the upload records of the submission.</param>
    public static WithdrawnSubmission? Withdraw(this RegionalStore store, SubmissionKey key, string withdrawnBy)
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var args = new { la = key.LaCode, kind = key.Return.Code(), year = key.Year };
        var id = connection.ExecuteScalar<long?>("SELECT id FROM submission WHERE la = @la AND return_kind = @kind AND year = @year", args, transaction);
        if (id is not { } submissionId) return null;
        var children = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child WHERE submission_id = @submissionId", new { submissionId }, transaction);
        SubmissionContent.Delete(connection, submissionId, transaction);
        // The LA's links are remade after the withdrawal; the mark commits with it, so a process stopped before then is caught up.
        PendingLinks.Mark(connection, transaction, submissionId, key.LaCode);
        var links = connection.Execute(
            """
            DELETE FROM child_link WHERE la = @la AND ((return_kind = @kind AND year = @year) OR (linked_return = @kind AND linked_year = @year))
            """, args, transaction);
        connection.Execute("DELETE FROM child_unlinked WHERE la = @la AND return_kind = @kind AND year = @year", args, transaction);
        connection.Execute("DELETE FROM submission WHERE id = @submissionId", new { submissionId }, transaction);
        connection.Execute(
            "UPDATE upload_record SET withdrawn_by = @withdrawnBy, withdrawn_at = @at WHERE submission_id = @submissionId",
            new { withdrawnBy, at = DateTime.UtcNow.ToString("O"), submissionId }, transaction);
        transaction.Commit();
        return new WithdrawnSubmission(key, submissionId, children, links);
    }
}
