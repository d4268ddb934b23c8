using System.Text.Json;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// Synthetic London (33 LAs, 2023 and 2024, scale 1, no injected errors) generated once, imported through the real
/// importer into a SQLite store, served on 127.0.0.1 with one browser: the region the attacks are tried on. The
/// generated files stay on disk so that tests can count the truth from them.
/// </summary>
public sealed class SyntheticLondonApp : IAsyncLifetime
{
    public static readonly int[] Years = [2023, 2024];
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, IAPIRequestContext> _signedIn = [];

    public string Returns => Path.Combine(_folder.Path, "returns");
    public RegionalStore Store { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public Support.Browser Browser { get; } = new();
    public IReadOnlyList<DemoUser> Users { get; private set; } = [];

    public async Task InitializeAsync()
    {
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.London,
            FirstYear = Years[0],
            LastYear = Years[^1],
            Scale = 1,
            Seed = 42,
            InjectErrors = false,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = true,
            MaxParallelism = 2,
        }).WriteTo(Returns);
        GiveSnapshotsUnlinkedChildren();
        Store = RegionalStore.Open(new StoreLocation(StoreEngine.Sqlite, _folder.File("london.db")));
        var outcome = new ReturnImporter(Store).Import([Returns], null, null);
        if (outcome.Submissions.Count == 0) throw new InvalidOperationException("Synthetic London imported nothing.");
        Users = DemoUsers.Create(Store, Regions.London);
        App = JoinedUpWebApp.Build(Store, new WebOptions { Port = 0 });
        await App.StartAsync();
        Address = JoinedUpWebApp.Address(App);
        await Browser.InitializeAsync();
    }

    /// <summary>
    /// The clean region links every record; so that the linkage figures have small counts to protect, 1 to 4 children
    /// of each LA's 2024 placements snapshot (by the LA's position in the region) get child IDs no other return holds.
    /// The snapshot carries no UPN or date of birth, so they cannot link any other way.
    /// </summary>
    private void GiveSnapshotsUnlinkedChildren()
    {
        var i = 0;
        foreach (var la in Regions.London.Members)
        {
            var path = Path.Combine(Returns, la.DfeCode, "2024", "placements_snapshot.csv");
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllLines(path);
            var column = lines[0].Split(',').ToList().IndexOf("child_id");
            var changes = 1 + i++ % 4;
            for (var row = 1; row < lines.Length && row <= changes; row++)
            {
                var cells = lines[row].Split(',');
                cells[column] = $"9{la.DfeCode}{row:D6}";
                lines[row] = string.Join(',', cells);
            }
            File.WriteAllLines(path, lines);
        }
    }

    /// <summary>An HTTP client holding a signed-in session of the demo user with this role, as a browser would have it.</summary>
    public async Task<IAPIRequestContext> SignedInAsync(string role)
    {
        if (_signedIn.TryGetValue(role, out var known)) return known;
        var user = Users.Single(u => u.Role == role);
        var context = await Browser.NewContextAsync(Address);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, Address, user);
        return _signedIn[role] = page.APIRequest;
    }

    /// <summary>A dashboard view from the JSON API, as an attacker's script would read it.</summary>
    public async Task<JsonElement> ViewAsync(string role, string view, string query)
    {
        var client = await SignedInAsync(role);
        var response = await client.GetAsync($"/api/dashboard/{view}?{query}");
        if (response.Status != 200) throw new InvalidOperationException($"/api/dashboard/{view}?{query} answered {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.StopAsync();
        await App.DisposeAsync();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SyntheticLondonCollection : ICollectionFixture<SyntheticLondonApp>
{
    public const string Name = "synthetic London served";
}
