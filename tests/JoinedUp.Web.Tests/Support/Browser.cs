using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>The machine's Debian Chromium, headless, driven by Playwright (no browser download).</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: apt-get install -y chromium");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh context (no cookies); CSP is bypassed only so axe-core can be injected.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress) =>
        Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), BypassCSP = true, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });

    public async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}
