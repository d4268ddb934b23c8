using System.Data.Common;
using Dapper;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Everything the store holds because of one submission, keyed by its id: its rows in every return table, its
/// validation issues, and a hold awaiting the LA's confirmation. Deleted together when the submission is replaced or withdrawn.
/// </summary>
internal static class SubmissionContent
{
    private static readonly string[] Tables = ["child", "episode", "return_block", "validation_issue", "submission_hold", "link_pending", .. Returns.ReturnTables.Columns.Keys];

    public static void Delete(DbConnection connection, long submissionId, DbTransaction transaction)
    {
        foreach (var table in Tables)
            connection.Execute($"DELETE FROM {table} WHERE submission_id = @submissionId", new { submissionId }, transaction);
    }
}
