using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace JoinedUp.Web.Tests.Support;

/// <summary>The web application started on 127.0.0.1, port 0, over a seeded region, with one demo user per role.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    public SeededRegion Region { get; } = new();
    public WebApplication App { get; private set; } = null!;

    /// <summary>The app's clock: the real time until a test moves it on.</summary>
    public ManualClock Clock { get; } = new();
    public Uri Address { get; private set; } = null!;
    public IReadOnlyDictionary<string, DemoUser> Users => _users;

    private readonly Dictionary<string, DemoUser> _users = [];

    /// <summary>Register entries seeded through the library (see <see cref="SeededRegister"/>).</summary>
    public (long Barnet, long Croydon) RegisterEntries { get; private set; }

    /// <summary>How the app is started (port 0 always); tests of limits set them lower.</summary>
    /// <summary>The app's options; the sessions' clock is <see cref="Clock"/> unless a test gives its own options.</summary>
    public WebOptions Options { get; init; }

    public RunningApp() => Options = new WebOptions { Port = 0, Clock = Clock };

    public DemoUser UserFor(string role) => Users.Values.Single(u => u.Role == role);

    /// <summary>The demo user's password is now <paramref name="password"/> (they chose it at their first sign-in).</summary>
    public void PasswordChanged(string userName, string password)
    {
        if (_users.TryGetValue(userName, out var user)) _users[userName] = user with { Password = password };
    }

    public async Task InitializeAsync()
    {
        foreach (var user in DemoUsers.Create(Region.Store, Regions.London)) _users[user.UserName] = user;
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
