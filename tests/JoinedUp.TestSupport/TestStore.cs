using Dapper;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using Npgsql;

namespace JoinedUp.TestSupport;

/// <summary>
/// A fresh regional store for one test: a SQLite file in a temporary folder, or a PostgreSQL schema of its own
/// (dropped afterwards) in the database JOINEDUP_TEST_POSTGRES names. PostgreSQL stores get a fixed test key passed
/// in directly, so no test changes the process's environment.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "JOINEDUP_TEST_POSTGRES";
    public static readonly PseudonymKey PostgresKey = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly TempFolder? _folder;
    private readonly string? _postgres;
    private readonly string? _schema;

    private TestStore(string engine)
    {
        if (engine == StoreEngines.Postgres)
        {
            _postgres = Environment.GetEnvironmentVariable(PostgresVariable)!;
            _schema = "dsr_test_" + Guid.NewGuid().ToString("N")[..16];
            var baseLocation = StoreLocation.Parse(_postgres, ".");
            using (var connection = new NpgsqlConnection(baseLocation.Target))
            {
                connection.Open();
                connection.Execute($"CREATE SCHEMA {_schema}");
            }
            var builder = new NpgsqlConnectionStringBuilder(baseLocation.Target) { SearchPath = _schema };
            Store = RegionalStore.Open(new StoreLocation(StoreEngine.Postgres, builder.ConnectionString), key: PostgresKey);
        }
        else
        {
            _folder = new TempFolder();
            Store = RegionalStore.Open(StoreLocation.Parse(_folder.File("joinedup.db"), _folder.Path));
        }
    }

    public RegionalStore Store { get; }

    public static TestStore Open(string engine) => new(engine);

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
