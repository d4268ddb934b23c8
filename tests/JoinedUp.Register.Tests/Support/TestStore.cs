using Dapper;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Store;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using Npgsql;

namespace JoinedUp.Register.Tests.Support;

/// <summary>
/// A fresh regional store for one test: a SQLite file in a temporary folder, or a PostgreSQL schema of its own
/// (dropped afterwards) in the database JOINEDUP_TEST_POSTGRES names.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "JOINEDUP_TEST_POSTGRES";
    private static readonly Lock KeyGate = new();
    private readonly TempFolder? _folder;
    private readonly string? _postgres;
    private readonly string? _schema;

    private TestStore(string engine)
    {
        if (engine == StoreEngines.Postgres)
        {
            EnsurePostgresKey();
            _postgres = Environment.GetEnvironmentVariable(PostgresVariable)!;
            _schema = "dsr_test_" + Guid.NewGuid().ToString("N")[..16];
            var baseLocation = StoreLocation.Parse(_postgres, ".");
            using (var connection = new NpgsqlConnection(baseLocation.Target))
            {
                connection.Open();
                connection.Execute($"CREATE SCHEMA {_schema}");
            }
            var builder = new NpgsqlConnectionStringBuilder(baseLocation.Target) { SearchPath = _schema };
            Store = RegionalStore.Open(new StoreLocation(StoreEngine.Postgres, builder.ConnectionString));
        }
        else
        {
            _folder = new TempFolder();
            Store = RegionalStore.Open(StoreLocation.Parse(_folder.File("joinedup.db"), _folder.Path));
        }
    }

    public RegionalStore Store { get; }

    public static TestStore Open(string engine) => new(engine);

    private static void EnsurePostgresKey()
    {
        lock (KeyGate)
        {
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(StoreKeyring.EnvironmentVariable)))
                Environment.SetEnvironmentVariable(StoreKeyring.EnvironmentVariable, new PseudonymKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()).ToText());
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        if (_schema is not null)
        {
            using var connection = new NpgsqlConnection(StoreLocation.Parse(_postgres, ".").Target);
            connection.Open();
            connection.Execute($"DROP SCHEMA {_schema} CASCADE");
        }
        _folder?.Dispose();
    }
}
