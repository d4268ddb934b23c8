using Dapper;

namespace JoinedUp.Store.Linking;

/// <summary>
/// The LAs whose links are still to be remade. A load marks its submission in its own transaction (link_pending), so a
/// process killed after the load commits but before linking ends leaves the mark; the next import (or `report
/// linkage`, or `serve` at start) remakes those LAs' links. Anything that adds or removes a submission must mark it.
/// </summary>
public static class PendingLinks
{
    public static IReadOnlyList<string> Las(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<string>("SELECT DISTINCT la FROM link_pending ORDER BY la").ToList();
    }

    /// <summary>Marks a submission's LA for relinking, inside the transaction that adds (or removes) the submission.</summary>
    public static void Mark(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long submissionId, string la) =>
        connection.Execute("INSERT INTO link_pending (submission_id, la) VALUES (@submissionId, @la) ON CONFLICT (submission_id) DO NOTHING",
            new { submissionId, la }, transaction);
}
