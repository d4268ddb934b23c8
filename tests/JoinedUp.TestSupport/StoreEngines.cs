using Xunit;

namespace JoinedUp.TestSupport;

/// <summary>Theory data: every test runs on SQLite, and on PostgreSQL too when JOINEDUP_TEST_POSTGRES holds a connection string.</summary>
public static class StoreEngines
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestStore.PostgresVariable))) data.Add(Postgres);
            return data;
        }
    }
}
