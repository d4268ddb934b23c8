using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>One running app and one browser shared by the browser tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public RunningApp App { get; } = new();
    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }

    public Task<IPage> SignInAsync(string role)
    {
        var user = App.UserFor(role);
        return SignInAsync(user.UserName, user.Password);
    }

    /// <summary>
    /// Signs in through the sign-in page in a fresh context; a user who must choose their own password (every new or
    /// reset account) does so on the change-password page, once, and the new password is remembered for the next sign-in.
    /// </summary>
    public async Task<IPage> SignInAsync(string userName, string password)
    {
        var context = await Browser.NewContextAsync(App.Address);
        var page = await context.NewPageAsync();
        var now = await SignIn.AsAsync(page, App.Address, userName, password);
        if (now != password) App.PasswordChanged(userName, now);
        return page;
    }

    /// <summary>Fills in and sends the change-password form on the current page.</summary>
    public static async Task ChangePasswordAsync(IPage page, string current, string chosen)
    {
        await page.GetByLabel("Current password", new() { Exact = true }).FillAsync(current);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(chosen);
        await page.GetByLabel("New password again", new() { Exact = true }).FillAsync(chosen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
    }

    /// <summary>A password a person might choose: three unrelated words and a random number, never on the common list.</summary>
    public static string ChosenPassword(string userName) =>
        $"{userName} otter lantern {System.Security.Cryptography.RandomNumberGenerator.GetInt32(100_000, 1_000_000)}";
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
