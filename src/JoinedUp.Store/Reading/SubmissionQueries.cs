using Dapper;
using JoinedUp.Domain.Returns;

namespace JoinedUp.Store.Reading;

/// <summary>What is in the store, submission by submission, and the rule failures recorded against each.</summary>
public static class SubmissionQueries
{
    public static IReadOnlyList<StoredSubmission> Submissions(this RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<StoredSubmission>(
            """
            SELECT id AS Id, la AS La, return_kind AS ReturnKind, year AS Year, source AS Source, loaded_at AS LoadedAt,
                   children AS Children, episodes AS Episodes, records AS Records, issues AS Issues
            FROM submission ORDER BY la, return_kind, year
            """).ToList();
    }

    public static StoredSubmission? Find(this RegionalStore store, SubmissionKey key) =>
        store.Submissions().SingleOrDefault(s => s.La == key.LaCode && s.ReturnKind == key.Return.Code() && s.Year == key.Year);

    /// <summary>Rows actually present in the store for a submission (not the counts recorded on it).</summary>
    public static (long Children, long Episodes) CountRows(this RegionalStore store, long submissionId)
    {
        using var connection = store.OpenConnection();
        var children = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child WHERE submission_id = @submissionId", new { submissionId });
        var episodes = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM episode WHERE submission_id = @submissionId", new { submissionId });
        return (children, episodes);
    }

    /// <summary>Count of recorded rule failures by rule code.</summary>
    public static IReadOnlyDictionary<string, int> IssueCounts(this RegionalStore store, long submissionId)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(string Rule, long Count)>(
                "SELECT rule_code, COUNT(*) FROM validation_issue WHERE submission_id = @submissionId GROUP BY rule_code ORDER BY rule_code",
                new { submissionId })
            .ToDictionary(r => r.Rule, r => (int)r.Count);
    }
}
