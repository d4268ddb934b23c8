using Dapper;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>`joinedup bench web --db` over a store with real accounts: it signs in as accounts of its own and leaves the real ones as they were.</summary>
public sealed class BenchWebTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void The_web_benchmark_never_touches_real_accounts_and_removes_its_own()
    {
        var location = StoreLocation.Parse(_folder.File("region.db"), _folder.Path);
        var passwords = new Dictionary<string, string>();
        List<(string Name, string Hash)> before;
        using (var store = RegionalStore.Open(location))
        {
            var accounts = new UserAccounts(store);
            // Real people whose user names a benchmark might be tempted to reuse.
            passwords["regional"] = accounts.Create("regional", "A regional analyst", Roles.RegionalAnalyst, "London");
            passwords["director"] = accounts.Create("director", "A director", Roles.Director, "London");
            passwords["admin"] = accounts.Create("admin", "The administrator", Roles.Administrator, "London");
            before = Hashes(store);
        }
        SqliteConnection.ClearAllPools();

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "bench", "web", "--db", "region.db", "--users", "2", "--seconds", "2");
        Assert.True(exit == 0, output + error);
        Assert.Contains("2 users", output);

        using (var store = RegionalStore.Open(location, createIfMissing: false))
        {
            Assert.Equal(before, Hashes(store));
            foreach (var (name, password) in passwords)
                Assert.Equal(SignInOutcome.Succeeded, new UserAccounts(store).CheckPassword(name, password).Outcome);
        }
        SqliteConnection.ClearAllPools();
    }

    private static List<(string Name, string Hash)> Hashes(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(string, string)>("SELECT user_name, password_hash FROM app_user ORDER BY user_name").ToList();
    }
}
