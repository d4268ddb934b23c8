using System.Security.Cryptography;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Benchmarking;

/// <summary>
/// The accounts a benchmark signs in with: its own, named bench-RANDOM-role so that no real account is ever touched,
/// with passwords that never leave the process, and removed again when disposed (also after a failed run).
/// </summary>
public sealed class BenchmarkUsers : IDisposable
{
    public const string Prefix = "bench-";

    private readonly RegionalStore _store;
    private readonly List<string> _names = [];

    public BenchmarkUsers(RegionalStore store, Region region)
    {
        _store = store;
        var accounts = new UserAccounts(store);
        var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var wanted = new[] { (Role: Roles.RegionalAnalyst, Short: "regional"), (Role: Roles.Director, Short: "director") };
        var created = new List<(string, string)>();
        try
        {
            foreach (var (role, tag) in wanted)
            {
                var name = $"{Prefix}{run}-{tag}";
                if (accounts.Find(name) is not null) throw new InvalidOperationException($"The store already has a user called {name}; the benchmark touches no existing account.");
                var password = UserAccounts.NewPassword();
                accounts.Create(name, $"Benchmark {tag}", role, region.Name, password, mustChangePassword: false);
                _names.Add(name);
                created.Add((name, password));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
        Accounts = created;
    }

    /// <summary>User name and password of each benchmark account.</summary>
    public IReadOnlyList<(string UserName, string Password)> Accounts { get; }

    public void Dispose()
    {
        if (_names.Count == 0) return;
        using var connection = _store.OpenConnection();
        connection.Execute("DELETE FROM app_user WHERE user_name = @name", _names.Select(name => new { name }));
        _names.Clear();
    }
}
