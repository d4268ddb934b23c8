using System.Data.Common;
using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store.Linking;

namespace JoinedUp.Store.Loading;

/// <summary>
/// One submission's load as one transaction on the loader's connection: the earlier copy of the same (LA, return,
/// year) is deleted, the new content written through the connection's <see cref="StoreSubmissionWriter"/>, and only
/// <see cref="Commit"/> makes it visible. Loads of the same submission by two processes take turns (the second
/// replaces the first), and the load marks its LA's links to be remade (see <see cref="PendingLinks"/>). Disposing without committing rolls it all back, so a failure or a killed
/// process leaves the store as it was, and no reader ever sees a half-loaded submission.
/// </summary>
internal sealed class SubmissionTransaction : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly StoreSubmissionWriter _writer;
    private readonly SubmissionKey _key;
    private readonly long _id;

    public SubmissionTransaction(DbConnection connection, StoreSubmissionWriter writer, SubmissionKey key, string source)
    {
        _connection = connection;
        _writer = writer;
        _key = key;
        _transaction = connection.BeginTransaction();
        // Another process loading the same submission is waited for, then replaced like any earlier copy.
        StoreLocks.Submission(connection, _transaction, key.LaCode, key.Return.Code(), key.Year);
        var previous = connection.ExecuteScalar<long?>(
            "SELECT id FROM submission WHERE la = @la AND return_kind = @kind AND year = @year",
            new { la = key.LaCode, kind = key.Return.Code(), year = key.Year }, _transaction);
        if (previous is { } old)
        {
            SubmissionContent.Delete(connection, old, _transaction);
            connection.Execute("DELETE FROM submission WHERE id = @old", new { old }, _transaction);
        }
        _id = connection.ExecuteScalar<long>(
            """
            INSERT INTO submission (la, return_kind, year, source, loaded_at, children, episodes, records, issues)
            VALUES (@la, @kind, @year, @source, @at, 0, 0, 0, 0) RETURNING id
            """,
            new { la = key.LaCode, kind = key.Return.Code(), year = key.Year, source, at = DateTime.UtcNow.ToString("O") }, _transaction);
        // The LA's links are remade after the load; the mark commits with it, so a process killed before that is caught up.
        PendingLinks.Mark(connection, _transaction, _id, key.LaCode);
        writer.Begin(_id);
    }

    public LoadedSubmission Commit()
    {
        _writer.Flush();
        var counts = _writer.Counts;
        _connection.Execute(
            "UPDATE submission SET children = @Children, episodes = @Episodes, records = @Records, issues = @Issues WHERE id = @id",
            new { counts.Children, counts.Episodes, counts.Records, counts.Issues, id = _id }, _transaction);
        _transaction.Commit();
        return new LoadedSubmission(_key, _id, counts.Children, counts.Episodes, counts.Records, counts.Issues);
    }

    public void Dispose() => _transaction.Dispose();
}
