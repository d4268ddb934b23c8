using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Plausibility;

/// <summary>
/// A return's headline figures, the ones a reader of the return would look at first: for SSDA903 the children in care
/// on 31 March, the children who started to be looked after in the year and those who left care in it; for the other
/// returns the children the return holds. Counted from one submission's own rows.
/// </summary>
public static class HeadlineFigures
{
    public const string InCareOn31March = "children looked after on 31 March";
    public const string Starters = "children who started to be looked after";
    public const string Leavers = "children who left care";
    public const string Children = "children in the return";

    /// <summary>The headline figures of the submission with this id, by name, in the order above.</summary>
    public static IReadOnlyList<(string Name, int Value)> Of(RegionalStore store, long submissionId, SubmissionKey key)
    {
        using var connection = store.OpenConnection();
        if (key.Return != ReturnKind.Ssda903)
            return [(Children, connection.ExecuteScalar<int>("SELECT children FROM submission WHERE id = @submissionId", new { submissionId }))];
        var args = new { submissionId, start = key.PeriodStart.ToString("yyyy-MM-dd"), end = key.PeriodEnd.ToString("yyyy-MM-dd") };
        var inCare = connection.ExecuteScalar<int>(
            "SELECT COUNT(DISTINCT pseudonym) FROM episode WHERE submission_id = @submissionId AND start_date <= @end AND (end_date IS NULL OR end_date > @end)", args);
        var starters = connection.ExecuteScalar<int>(
            "SELECT COUNT(DISTINCT pseudonym) FROM episode WHERE submission_id = @submissionId AND reason_new_episode = 'S' AND start_date >= @start AND start_date <= @end", args);
        // X1: the episode ends and another begins, the child stays in care.
        var leavers = connection.ExecuteScalar<int>(
            """
            SELECT COUNT(DISTINCT pseudonym) FROM episode WHERE submission_id = @submissionId AND end_date >= @start AND end_date <= @end
                AND (reason_ceased IS NULL OR reason_ceased <> 'X1')
            """, args);
        return [(InCareOn31March, inCare), (Starters, starters), (Leavers, leavers)];
    }
}
