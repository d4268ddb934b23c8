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

    public async Task<IPage> SignInAsync(string role)
    {
        var user = App.UserFor(role);
        var context = await Browser.NewContextAsync(App.Address);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, App.Address, user);
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
