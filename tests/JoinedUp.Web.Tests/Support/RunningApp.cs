using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace JoinedUp.Web.Tests.Support;

/// <summary>The web application started on 127.0.0.1, port 0, over a seeded region, with one demo user per role.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    public SeededRegion Region { get; } = new();
    public WebApplication App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public IReadOnlyDictionary<string, DemoUser> Users { get; private set; } = new Dictionary<string, DemoUser>();

    /// <summary>Register entries seeded through the library (see <see cref="SeededRegister"/>).</summary>
    public (long Barnet, long Croydon) RegisterEntries { get; private set; }

    /// <summary>How the app is started (port 0 always); tests of limits set them lower.</summary>
    public WebOptions Options { get; init; } = new() { Port = 0 };

    public DemoUser UserFor(string role) => Users.Values.Single(u => u.Role == role);

    public async Task InitializeAsync()
    {
        Users = DemoUsers.Create(Region.Store, Regions.London).ToDictionary(u => u.UserName);
        RegisterEntries = SeededRegister.Seed(Region.Store, Regions.London);
        SyntheticReturns.Import(Region.Store);
        App = JoinedUpWebApp.Build(Region.Store, Options);
        await App.StartAsync();
        Address = JoinedUpWebApp.Address(App);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Region.Dispose();
    }
}
