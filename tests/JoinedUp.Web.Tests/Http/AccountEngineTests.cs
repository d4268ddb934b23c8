using System.Net;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>Accounts and sessions over both store engines (migration 101's tables and the atomic attempt count on PostgreSQL too).</summary>
public sealed class AccountEngineTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public async Task Lockout_forced_change_sign_out_and_disable_hold_on_every_engine(string engine)
    {
        using var test = TestStore.Open(engine);
        var accounts = new UserAccounts(test.Store);
        var password = accounts.Create("engine-user", "Engine user", Roles.Director, "London");
        accounts.Create("engine-target", "Engine target", Roles.Director, "London");
        await using var app = JoinedUpWebApp.Build(test.Store, new WebOptions { Port = 0 });
        await app.StartAsync();
        var address = JoinedUpWebApp.Address(app);

        var guessers = Enumerable.Range(0, 20).Select(_ => new HttpVisitor(address)).ToList();
        var answers = await Task.WhenAll(guessers.Select(async (g, i) => await (await g.SignInAsync("engine-target", "wrong-" + i)).Content.ReadAsStringAsync()));
        guessers.ForEach(g => g.Dispose());
        Assert.True(answers.Count(a => a.Contains("is not right", StringComparison.Ordinal)) < UserAccounts.MaxFailedSignIns);

        using var visitor = new HttpVisitor(address);
        var first = await visitor.SignInAsync("engine-user", password);
        Assert.StartsWith("/account/password", first.Headers.Location?.OriginalString);
        var chosen = await visitor.SignInAndChooseAsync("engine-user", password);
        Assert.NotEqual(password, chosen);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/dashboard/looked-after")).StatusCode);
        var copied = visitor.Cookie(HttpVisitor.SessionCookie)!;
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostFormAsync("/sign-out", new Dictionary<string, string>())).StatusCode);
        using var replay = new HttpVisitor(address);
        replay.GiveCookie(HttpVisitor.SessionCookie, copied);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/dashboard/looked-after")).StatusCode);

        using var again = new HttpVisitor(address);
        Assert.Equal("/", (await again.SignInAsync("engine-user", chosen)).Headers.Location?.OriginalString);
        accounts.SetDisabled("engine-user", true);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/dashboard/looked-after")).StatusCode);
        await app.StopAsync();
    }
}
