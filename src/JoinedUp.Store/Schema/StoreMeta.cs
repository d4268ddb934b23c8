using System.Data.Common;
using Dapper;

namespace JoinedUp.Store.Schema;

/// <summary>Named values about the store itself: schema version, key fingerprint, when it was created.</summary>
public static class StoreMeta
{
    public static string? Get(DbConnection connection, string name) =>
        connection.ExecuteScalar<string?>("SELECT value FROM store_meta WHERE name = @name", new { name });

    public static void Set(DbConnection connection, DbTransaction? transaction, string name, string value)
    {
        connection.Execute("DELETE FROM store_meta WHERE name = @name", new { name }, transaction);
        connection.Execute("INSERT INTO store_meta (name, value) VALUES (@name, @value)", new { name, value }, transaction);
    }
}
