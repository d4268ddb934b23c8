using Dapper;

namespace JoinedUp.Store.Holds;

/// <summary>
/// Submissions held for the LA's confirmation: a held submission stays in the store (the LA can see its issues and
/// withdraw it) but no view or figure uses it until an analyst of the LA confirms it. See docs/decisions/0009.
/// </summary>
public static class SubmissionHolds
{
    /// <summary>The SQL condition "this submission is held", for queries that read submissions as <c>s</c>.</summary>
    public const string NotHeld = "NOT EXISTS (SELECT 1 FROM submission_hold h WHERE h.submission_id = s.id AND h.confirmed_at IS NULL)";

    public static void Hold(this RegionalStore store, long submissionId, string reason)
    {
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO submission_hold (submission_id, la, return_kind, year, reason, held_at)
            SELECT id, la, return_kind, year, @reason, @at FROM submission WHERE id = @submissionId
            """, new { submissionId, reason, at = DateTime.UtcNow.ToString("O") });
    }

    /// <summary>Confirms a held submission of the LA; false when there is no such hold waiting.</summary>
    public static bool ConfirmHold(this RegionalStore store, long submissionId, string la, string confirmedBy)
    {
        using var connection = store.OpenConnection();
        return connection.Execute(
            "UPDATE submission_hold SET confirmed_by = @confirmedBy, confirmed_at = @at WHERE submission_id = @submissionId AND la = @la AND confirmed_at IS NULL",
            new { submissionId, la, confirmedBy, at = DateTime.UtcNow.ToString("O") }) == 1;
    }

    /// <summary>The LA's holds still waiting for confirmation.</summary>
    public static IReadOnlyList<SubmissionHold> HeldOf(this RegionalStore store, string la)
    {
        using var connection = store.OpenConnection();
        return connection.Query<SubmissionHold>(
            """
            SELECT submission_id AS SubmissionId, la AS La, return_kind AS ReturnKind, year AS Year, reason AS Reason, held_at AS HeldAt,
                   confirmed_by AS ConfirmedBy, confirmed_at AS ConfirmedAt
            FROM submission_hold WHERE la = @la AND confirmed_at IS NULL ORDER BY year
            """, new { la }).ToList();
    }
}
