using System.Net;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// Sessions end when they should (issue 11, item 2): a copied cookie is worth nothing after sign-out, and disabling a
/// user, resetting or changing their password, or changing their role ends every session they have at the next request.
/// </summary>
public sealed class SessionTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Export = "/dashboard/looked-after/export.csv";

    private (string Name, string Password) NewUser(string name, string role = Roles.RegionalAnalyst, string organisation = "London")
    {
        var accounts = new UserAccounts(app.Region.Store);
        return (name, accounts.Create(name, "Session test " + name, role, organisation));
    }

    private static async Task AssertSignedOut(HttpVisitor visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_opens_nothing()
    {
        var practitioner = app.UserFor(Roles.LaPractitioner);
        using var visitor = new HttpVisitor(app.Address);
        app.PasswordChanged(practitioner.UserName, await visitor.SignInAndChooseAsync(practitioner.UserName, practitioner.Password));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/register")).StatusCode);
        var copied = visitor.Cookie(HttpVisitor.SessionCookie)!;

        var signOut = await visitor.PostFormAsync("/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var attacker = new HttpVisitor(app.Address);
        attacker.GiveCookie(HttpVisitor.SessionCookie, copied);
        await AssertSignedOut(attacker, "/register");
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_sessions_exports_included()
    {
        var (name, password) = NewUser("session-disabled");
        using var first = new HttpVisitor(app.Address);
        using var second = new HttpVisitor(app.Address);
        password = await first.SignInAndChooseAsync(name, password);
        await second.SignInAndChooseAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(Export)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dashboard/looked-after")).StatusCode);

        new UserAccounts(app.Region.Store).SetDisabled(name, true);

        await AssertSignedOut(first, Export);
        await AssertSignedOut(second, "/dashboard/looked-after");
        using var again = new HttpVisitor(app.Address);
        var refused = await again.SignInAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The user name or password is not right", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrators_password_reset_ends_every_session_of_the_user()
    {
        var (name, password) = NewUser("session-reset");
        using var first = new HttpVisitor(app.Address);
        using var second = new HttpVisitor(app.Address);
        password = await first.SignInAndChooseAsync(name, password);
        await second.SignInAndChooseAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(Export)).StatusCode);

        new UserAccounts(app.Region.Store).ResetPassword(name);

        await AssertSignedOut(first, Export);
        await AssertSignedOut(second, "/dashboard/looked-after");
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_but_not_this_one()
    {
        var (name, password) = NewUser("session-change");
        using var mine = new HttpVisitor(app.Address);
        using var other = new HttpVisitor(app.Address);
        password = await mine.SignInAndChooseAsync(name, password);
        await other.SignInAndChooseAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/dashboard/looked-after")).StatusCode);

        var chosen = WebFixture.ChosenPassword(name);
        var changed = await mine.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["currentPassword"] = password,
            ["newPassword"] = chosen,
            ["confirmPassword"] = chosen,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync("/dashboard/looked-after")).StatusCode);
        await AssertSignedOut(other, "/dashboard/looked-after");
    }

    [Fact]
    public async Task A_changed_role_ends_every_session_of_the_user()
    {
        var (name, password) = NewUser("session-role", Roles.LaAnalyst, "302");
        using var visitor = new HttpVisitor(app.Address);
        await visitor.SignInAndChooseAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/uploads")).StatusCode);

        new UserAccounts(app.Region.Store).ChangeRole(name, Roles.LaPractitioner, "302");

        await AssertSignedOut(visitor, "/uploads");
    }

    [Fact]
    public async Task A_cookie_made_without_a_session_is_refused()
    {
        // A cookie for a principal that no sign-in made (no session row, e.g. one minted by code that skips UserSessions).
        var user = new UserAccounts(app.Region.Store).Find(app.UserFor(Roles.Director).UserName)!;
        var options = app.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(UserClaims.PrincipalFor(user), CookieAuthenticationDefaults.AuthenticationScheme);
        using var visitor = new HttpVisitor(app.Address);
        visitor.GiveCookie(HttpVisitor.SessionCookie, options.TicketDataFormat.Protect(ticket));
        await AssertSignedOut(visitor, "/dashboard/looked-after");
    }
}
