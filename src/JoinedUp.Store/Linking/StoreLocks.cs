using System.Data.Common;
using Dapper;
using Npgsql;

namespace JoinedUp.Store.Linking;

/// <summary>
/// Transaction-scoped locks that serialise writers of the same thing across processes. On PostgreSQL these are
/// advisory locks, named within the store's schema (stores in the same database do not wait for one another) and
/// released when the transaction ends, however it ends (a killed process included). On SQLite a write transaction
/// already holds the database's one write lock (transactions begin IMMEDIATE), so nothing more is needed.
/// </summary>
public static class StoreLocks
{
    /// <summary>Waits until no other transaction is loading the same (LA, return, year).</summary>
    public static void Submission(DbConnection connection, DbTransaction transaction, string la, string returnKind, int year) =>
        Take(connection, transaction, $"submission:{la}:{returnKind}:{year}");

    /// <summary>Waits until no other transaction is remaking the links of the same LA.</summary>
    public static void Linking(DbConnection connection, DbTransaction transaction, string la) =>
        Take(connection, transaction, $"link:{la}");

    private static void Take(DbConnection connection, DbTransaction transaction, string name)
    {
        if (connection is not NpgsqlConnection) return;
        // No command timeout: the other load may take minutes, and its lock goes when it commits, rolls back or dies.
        connection.Execute("SELECT pg_advisory_xact_lock(hashtextextended('joinedup:' || current_schema() || ':' || @name, 0))", new { name }, transaction, commandTimeout: 0);
    }
}
