using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// A region seeded by hand for the comparison (issue 12, item 4), children looked after on 31 March:
/// Barnet (302, the analyst's LA) 25 in 2023, 30 in 2024; Camden (202, same ICS) 10 in 2023 and no 2024 return;
/// Enfield (308, same ICS) 8 and 3; Merton (315, Barnet's first statistical neighbour) 6 and 3; Sutton (319, fourth
/// neighbour) 12 and 14; Croydon (306, neither) 8 and 9. Kingston (314, second neighbour) has no return.
/// Children alternate Male, Female (SeededRegion.Seed), so the counts for each sex are known too.
/// </summary>
public sealed class ComparisonRegion : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<(string La, int Year), int> LookedAfter = new Dictionary<(string, int), int>
    {
        [("302", 2023)] = 25,
        [("302", 2024)] = 30,
        [("202", 2023)] = 10,
        [("308", 2023)] = 8,
        [("308", 2024)] = 3,
        [("315", 2023)] = 6,
        [("315", 2024)] = 3,
        [("319", 2023)] = 12,
        [("319", 2024)] = 14,
        [("306", 2023)] = 8,
        [("306", 2024)] = 9,
    };

    private readonly TempFolder _folder = new();
    private RegionalStore _store = null!;
    private WebApplication _app = null!;
    public Support.Browser Browser { get; } = new();
    public Uri Address { get; private set; } = null!;
    public IReadOnlyList<DemoUser> Users { get; private set; } = [];

    /// <summary>The true count of children of an LA in a year, all or of one sex (i even Male, i odd Female).</summary>
    public static int Count(string la, int year, string? sex = null)
    {
        var n = LookedAfter.GetValueOrDefault((la, year));
        return sex switch { "Male" => (n + 1) / 2, "Female" => n / 2, _ => n };
    }

    public async Task InitializeAsync()
    {
        _store = RegionalStore.Open(new StoreLocation(StoreEngine.Sqlite, _folder.File("comparison.db")));
        foreach (var ((la, year), count) in LookedAfter) SeededRegion.Seed(_store, la, year, count);
        Users = DemoUsers.Create(_store, Regions.London);
        _app = JoinedUpWebApp.Build(_store, new WebOptions { Port = 0 });
        await _app.StartAsync();
        Address = JoinedUpWebApp.Address(_app);
        await Browser.InitializeAsync();
    }

    private readonly Dictionary<string, string> _passwords = [];

    /// <summary>Signs in as the role's demo user in a fresh context, remembering the password chosen at the first sign-in.</summary>
    public async Task<IPage> SignInAsync(string role)
    {
        var user = Users.Single(u => u.Role == role);
        var page = await (await Browser.NewContextAsync(Address)).NewPageAsync();
        _passwords[user.UserName] = await SignIn.AsAsync(page, Address, user.UserName, _passwords.GetValueOrDefault(user.UserName, user.Password));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
