using System.Diagnostics;
using System.Text.RegularExpressions;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// A real deployment starting itself: an empty store, its first administrator created with `joinedup users add`,
/// `joinedup serve` started as its own process, and the administrator signing in through the machine's Chromium.
/// </summary>
public sealed partial class FirstAdministratorTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_administrator_created_with_the_cli_signs_in_to_the_served_app_through_the_browser()
    {
        var init = JoinedUpProcess.Run(_folder.Path, "init", "--db", "region.db");
        Assert.True(init.ExitCode == 0, init.Error);
        var added = JoinedUpProcess.Run(_folder.Path, "users", "add", "first.admin", "--role", "administrator", "--organisation", "London",
            "--display-name", "First Administrator", "--db", "region.db");
        Assert.True(added.ExitCode == 0, added.Error);
        var password = UsersCommandTests.OneTimePassword(added.Output);

        using var serve = Process.Start(JoinedUpProcess.StartInfo(_folder.Path, "serve", "--db", "region.db", "--listen", "127.0.0.1:0"))!;
        try
        {
            var address = await ServingAddress(serve);
            Assert.Equal("127.0.0.1", address.Host);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
            context.SetDefaultTimeout(90_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/admin/users");
            Assert.Contains("/sign-in", page.Url);
            await page.GetByLabel("User name").FillAsync("first.admin");
            await page.GetByLabel("Password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
            // A printed one-time password is only good for choosing the administrator's own.
            await page.WaitForURLAsync(new Regex("/account/password"));
            await page.GetByLabel("Current password", new() { Exact = true }).FillAsync(password);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("first admin kestrel harbour 4821");
            await page.GetByLabel("New password again", new() { Exact = true }).FillAsync("first admin kestrel harbour 4821");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/password", StringComparison.Ordinal));
            await page.GotoAsync("/admin/users");
            Assert.EndsWith("/admin/users", page.Url);
            var users = await page.Locator("main").InnerTextAsync();
            Assert.Contains("first.admin", users);
            // The administrator can add the next user from the web, as the CLI did.
            Assert.True(await page.GetByLabel("User name").CountAsync() > 0, users);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task<Uri> ServingAddress(Process serve)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var seen = new List<string>();
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (Serving().Match(line) is { Success: true } match) return new Uri(match.Groups[1].Value);
        }
        throw new Xunit.Sdk.XunitException($"serve ended without an address: {string.Join("\n", seen)}\n{await serve.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"serving at (http://\S+)")]
    private static partial Regex Serving();
}
