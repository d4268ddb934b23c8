using System.Data.Common;
using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store.Location;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Loads a submission as one transaction: the earlier copy of the same (LA, return, year) is deleted, the new
/// content streamed in (written on a second thread while the caller reads), and only on success is it committed. A failure or a killed process leaves the store as it
/// was, and no reader ever sees a half-loaded submission.
/// </summary>
public static class SubmissionReplacement
{
    private static readonly string[] ContentTables = ["child", "episode", "return_record", "validation_issue", .. Returns.ReturnTables.Columns.Keys];

    public static LoadedSubmission Replace(this RegionalStore store, SubmissionKey key, string source, Action<ISubmissionWriter> fill)
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var previous = connection.ExecuteScalar<long?>(
            "SELECT id FROM submission WHERE la = @la AND return_kind = @kind AND year = @year",
            new { la = key.LaCode, kind = key.Return.Code(), year = key.Year }, transaction);
        if (previous is { } old)
        {
            foreach (var table in ContentTables)
                connection.Execute($"DELETE FROM {table} WHERE submission_id = @old", new { old }, transaction);
            connection.Execute("DELETE FROM submission WHERE id = @old", new { old }, transaction);
        }

        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO submission (la, return_kind, year, source, loaded_at, children, episodes, records, issues)
            VALUES (@la, @kind, @year, @source, @at, 0, 0, 0, 0) RETURNING id
            """,
            new { la = key.LaCode, kind = key.Return.Code(), year = key.Year, source, at = DateTime.UtcNow.ToString("O") }, transaction);

        using var writer = Create(store.Engine, connection, transaction, id);
        writer.ReturnTables = ReturnTableSink.Create(store.Engine, connection, transaction, id);
        using (var background = new BackgroundSubmissionWriter(writer))
        {
            fill(background);
            background.Complete();
        }
        writer.ReturnTables.Flush();

        connection.Execute(
            "UPDATE submission SET children = @Children, episodes = @Episodes, records = @Records, issues = @Issues WHERE id = @id",
            new { writer.Counts.Children, writer.Counts.Episodes, writer.Counts.Records, writer.Counts.Issues, id }, transaction);
        transaction.Commit();
        return new LoadedSubmission(key, id, writer.Counts.Children, writer.Counts.Episodes, writer.Counts.Records, writer.Counts.Issues);
    }

    private static StoreSubmissionWriter Create(StoreEngine engine, DbConnection connection, DbTransaction transaction, long id) =>
        engine == StoreEngine.Sqlite
            ? new SqliteSubmissionWriter(connection, transaction, id)
            : new PostgresSubmissionWriter(connection, id);
}
