using System.Data.Common;
using Dapper;
using JoinedUp.Store.Location;

namespace JoinedUp.Store.Schema;

/// <summary>
/// Brings a store's schema up to date, one migration per transaction. Each applied step is recorded in store_meta
/// as "migration:N", so steps added by different parts of the product (numbered in separate ranges) apply in order
/// whenever they are missing.
/// </summary>
public static class SchemaMigrator
{
    public static IReadOnlySet<int> AppliedVersions(DbConnection connection) =>
        connection.Query<string>("SELECT name FROM store_meta WHERE name LIKE 'migration:%'")
            .Select(n => int.Parse(n["migration:".Length..])).ToHashSet();

    public static void Migrate(DbConnection connection, StoreEngine engine)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var applied = AppliedVersions(connection);
        var known = Migrations.All.Select(m => m.Version).ToHashSet();
        var unknown = applied.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
            throw new StoreException($"The store has schema steps this program does not know ({string.Join(", ", unknown)}): it was written by a newer JoinedUp.");
        var identity = engine == StoreEngine.Sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
        foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var statement in migration.SqlFor(engine).Replace("{ID}", identity).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                connection.Execute(statement, transaction: transaction);
            migration.Code?.Invoke(connection, transaction);
            StoreMeta.Set(connection, transaction, "migration:" + migration.Version, migration.Description);
            transaction.Commit();
        }
    }
}
