using System.Data.Common;
using Dapper;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Location;
using JoinedUp.Store.Schema;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JoinedUp.Store;

/// <summary>
/// The regional store: pooled, pseudonymised returns from every LA of a region. Opening it checks the schema
/// (migrating it forward) and that the pseudonymisation key is the one the store was created with.
/// </summary>
public sealed class RegionalStore : IDisposable
{
    private const string FingerprintName = "key_fingerprint";
    private readonly NpgsqlDataSource? _postgres;

    private RegionalStore(StoreLocation location, PseudonymKey key, NpgsqlDataSource? postgres)
    {
        Location = location;
        Key = key;
        _postgres = postgres;
    }

    public StoreLocation Location { get; }

    public StoreEngine Engine => Location.Engine;

    /// <summary>The region's pseudonymisation key, checked against the store's fingerprint.</summary>
    public PseudonymKey Key { get; }

    public ChildPseudonymiser Pseudonymiser => new(Key);

    /// <summary>What the person running JoinedUp should fix, found on opening: a key file or store file that others can read.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>Opens a store, creating it (and for SQLite its key file) when it does not exist yet.</summary>
    /// <param name="key">The key to use instead of the keyring's (environment variable or key file); it is still checked against the store.</param>
    public static RegionalStore Open(StoreLocation location, bool createIfMissing = true, PseudonymKey? key = null)
    {
        NpgsqlDataSource? postgres = null;
        bool isNew;
        if (location.Engine == StoreEngine.Sqlite)
        {
            isNew = !File.Exists(location.Target);
            if (isNew && !createIfMissing) throw new StoreException($"There is no store at {location.Target}. Run `joinedup init` first.");
            Directory.CreateDirectory(Path.GetDirectoryName(location.Target)!);
            if (isNew) CreateSqliteFile(location.Target);
        }
        else
        {
            postgres = NpgsqlDataSource.Create(location.Target);
            isNew = !PostgresHasFingerprint(postgres, location);
        }

        key ??= StoreKeyring.Resolve(location, isNew);
        var store = new RegionalStore(location, key, postgres) { Warnings = OwnerOnlyFiles.Warnings(location) };
        try
        {
            using var connection = store.OpenConnection();
            SchemaMigrator.Migrate(connection, location.Engine);
            var fingerprint = StoreMeta.Get(connection, FingerprintName);
            if (fingerprint is null)
            {
                // On either engine: a store that holds data is never given a (new) key silently.
                if (HasSubmissions(connection))
                    throw new StoreException($"The store {location.Describe()} holds data but no key fingerprint; refusing to attach a key to it. Restore its store_meta row 'key_fingerprint' from a backup.");
                StoreMeta.Set(connection, null, FingerprintName, key.Fingerprint);
                StoreMeta.Set(connection, null, "created_at", DateTime.UtcNow.ToString("O"));
            }
            else if (fingerprint != key.Fingerprint)
            {
                throw new PseudonymKeyException($"The pseudonymisation key does not match the one the store {location.Describe()} was created with. Use the store's own key; it is never re-keyed.");
            }
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>A new open connection to the store (the caller disposes it).</summary>
    public DbConnection OpenConnection()
    {
        if (_postgres is not null) return _postgres.OpenConnection();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Location.Target,
            Pooling = true,
            DefaultTimeout = 120,
        }.ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=120000; PRAGMA cache_size=-65536;");
        return connection;
    }

    /// <summary>
    /// A new SQLite file, readable and writable by its owner only (0600, like the key file), with 16 KiB pages (a load writes millions of rows; larger pages cost fewer B-tree splits:
    /// 13% faster loads measured by `joinedup bench ingest`). The page size is fixed by the first table, and must be
    /// set before the file is switched to write-ahead logging.
    /// </summary>
    private static void CreateSqliteFile(string path)
    {
        // Created empty and owner-only first: SQLite gives its -wal and -shm files the database file's permissions.
        OwnerOnlyFiles.CreateEmpty(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA page_size=16384; CREATE TABLE IF NOT EXISTS store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }

    private static bool HasSubmissions(DbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM submission") > 0;

    private static bool PostgresHasFingerprint(NpgsqlDataSource source, StoreLocation location)
    {
        try
        {
            using var connection = source.OpenConnection();
            var exists = connection.ExecuteScalar<bool>("SELECT to_regclass('store_meta') IS NOT NULL");
            return exists && connection.ExecuteScalar<string?>($"SELECT value FROM store_meta WHERE name = '{FingerprintName}'") is not null;
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Cannot reach the PostgreSQL store {location.Describe()}: {e.Message}", e);
        }
    }

    public void Dispose() => _postgres?.Dispose();
}
