using System.Data.Common;
using Dapper;
using JoinedUp.Store.Location;

namespace JoinedUp.Store.Schema;

/// <summary>Brings a store's schema up to date, one migration per transaction, recording the version in store_meta.</summary>
public static class SchemaMigrator
{
    public static int CurrentVersion(DbConnection connection) =>
        connection.ExecuteScalar<string?>("SELECT value FROM store_meta WHERE name = 'schema_version'") is { } v ? int.Parse(v) : 0;

    public static void Migrate(DbConnection connection, StoreEngine engine)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var current = CurrentVersion(connection);
        var newest = Migrations.All[^1].Version;
        if (current > newest)
            throw new StoreException($"The store's schema is version {current}, newer than this program knows ({newest}). Use a newer JoinedUp.");
        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            var identity = engine == StoreEngine.Sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
            foreach (var statement in migration.Sql.Replace("{ID}", identity).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                connection.Execute(statement, transaction: transaction);
            StoreMeta.Set(connection, transaction, "schema_version", migration.Version.ToString());
            transaction.Commit();
        }
    }
}
