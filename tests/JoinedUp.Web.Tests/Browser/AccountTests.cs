using System.Net;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// An administrator's Users page and a person's own password, in the browser (issue 11, items 1 and 4): disabling works
/// and ends the user's sessions; a password someone else set works once, to choose one's own, which must be long,
/// not the user name and not a common password.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccountTests(WebFixture web)
{
    private async Task<IPage> AdminAsync() => await web.SignInAsync(Roles.Administrator);

    [Fact]
    public async Task Disabling_a_user_on_the_users_page_disables_them_and_ends_their_session()
    {
        var password = new UserAccounts(web.App.Region.Store).Create("to-disable", "To be disabled", Roles.RegionalAnalyst, "London");
        using var user = new HttpVisitor(web.App.Address);
        password = await user.SignInAndChooseAsync("to-disable", password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/dashboard/looked-after/export.csv")).StatusCode);

        var admin = await AdminAsync();
        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable to-disable", Exact = true }).ClickAsync();
        var row = admin.Locator("tr", new() { Has = admin.Locator("th", new() { HasTextString = "to-disable" }) });
        await Assertions.Expect(row).ToContainTextAsync("Disabled");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Enable to-disable", Exact = true })).ToBeVisibleAsync();
        var audited = new AuditLog(web.App.Region.Store).Search(text: "to-disable").Where(e => e.Target == "to-disable").Select(e => e.Action).ToList();
        Assert.Contains("user.disable", audited);
        Assert.DoesNotContain("user.enable", audited);

        // Their open session ends at its next request, an export included, and they cannot sign in again.
        var export = await user.GetAsync("/dashboard/looked-after/export.csv");
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        using var again = new HttpVisitor(web.App.Address);
        var refused = await again.SignInAsync("to-disable", password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The user name or password is not right", await refused.Content.ReadAsStringAsync());
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_user_must_choose_their_own_password_at_first_sign_in_and_the_one_time_password_then_fails()
    {
        var admin = await AdminAsync();
        await admin.GotoAsync("/admin/users");
        await admin.Locator("#newUserName").FillAsync("first-time-user");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("First Timer");
        await admin.Locator("#role").SelectOptionAsync(Roles.Director);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var oneTime = (await admin.Locator(".notice .password").InnerTextAsync()).Trim();
        await admin.Context.CloseAsync();

        var context = await web.Browser.NewContextAsync(web.App.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync("first-time-user");
        await page.GetByLabel("Password").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/password", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Choose your own password");

        // Nothing else opens until they have.
        await page.GotoAsync("/dashboard/looked-after");
        Assert.Contains("/account/password", page.Url);

        foreach (var (weak, why) in new[]
        {
            ("short words", "at least 12 characters"),
            ("first timer", "at least 12 characters"),
            ("FIRST-TIME-USER", "user name"),
            ("Password1234", "commonly used"),
            ("qwertyuiop123", "commonly used"),
            ("Liverpool2024!", "commonly used"),
            ("P@ssw0rd2024", "commonly used"),
            ("aaaaaaaaaaaaaaaa", "commonly used"),
        })
        {
            await WebFixture.ChangePasswordAsync(page, oneTime, weak);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(why);
            Assert.Contains("/account/password", page.Url);
        }

        var chosen = "kettle orchard violin 4471";
        await WebFixture.ChangePasswordAsync(page, oneTime, chosen);
        await page.WaitForURLAsync(web.App.Address + "dashboard/looked-after");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/sign-in", StringComparison.Ordinal));

        using var visitor = new HttpVisitor(web.App.Address);
        var reused = await visitor.SignInAsync("first-time-user", oneTime);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("The user name or password is not right", await reused.Content.ReadAsStringAsync());
        var own = await visitor.SignInAsync("first-time-user", chosen);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal("/", own.Headers.Location?.OriginalString);
        await context.CloseAsync();
    }

    [Fact]
    public async Task After_an_administrators_reset_the_user_must_choose_again_and_any_user_can_change_their_password()
    {
        var accounts = new UserAccounts(web.App.Region.Store);
        var first = accounts.Create("resettable", "Resettable", Roles.IcsLead, JoinedUp.Domain.Geography.Regions.London.Footprints.Keys.Order().First());
        var page = await web.SignInAsync("resettable", first);

        // Any signed-in user can change their own password from the header link.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change your password" })).ToBeVisibleAsync();
        await WebFixture.ChangePasswordAsync(page, "not my password at all", "lighthouse marmalade 982");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("current password is not right");
        await page.Context.CloseAsync();

        var admin = await AdminAsync();
        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Reset password for resettable", Exact = true }).ClickAsync();
        var reset = (await admin.Locator(".notice .password").InnerTextAsync()).Trim();
        await admin.Context.CloseAsync();

        using var visitor = new HttpVisitor(web.App.Address);
        var signIn = await visitor.SignInAsync("resettable", reset);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/password", signIn.Headers.Location?.OriginalString);
        var blocked = await visitor.GetAsync("/register");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/account/password", blocked.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/api/dashboard/looked-after")).StatusCode);
    }
}
