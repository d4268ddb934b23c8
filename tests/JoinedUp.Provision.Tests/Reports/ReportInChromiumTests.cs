using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Reports;
using JoinedUp.Provision.Sufficiency;
using JoinedUp.Provision.Tests.Support;
using JoinedUp.TestSupport;
using Microsoft.Playwright;

namespace JoinedUp.Provision.Tests.Reports;

/// <summary>
/// The report as a board member opens it: written to a folder as the CLI writes it, opened from disk in the machine's
/// headless Chromium, each chart screenshotted and its pixels counted (a chart that drew nothing is one flat colour).
/// </summary>
[Collection(SyntheticLondonProvisionCollection.Name)]
public sealed class ReportInChromiumTests(SyntheticLondonProvision london)
{
    [Fact]
    public async Task The_report_renders_and_its_charts_have_content()
    {
        using var folder = new TempFolder();
        var result = SufficiencyReports.Compute(london.Store, Regions.London, "North East London", null, 50, DisclosureControl.Protected);
        var path = SufficiencyReport.WriteTo(result, folder.Path, DistrictCentroids.Shipped);
        Assert.Equal("sufficiency-north-east-london-ics-2024.html", Path.GetFileName(path));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        Assert.Equal("Placement sufficiency and gaps: North East London ICS", await page.Locator("h1").InnerTextAsync());
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal)); // nothing fetched

        foreach (var chart in new[] { "#gap-chart", "#settings-map", "#cost-chart" })
        {
            var png = await page.Locator(chart).ScreenshotAsync();
            var image = Png.Decode(png);
            Assert.True(image.Width > 200 && image.Height > 60, $"{chart} is {image.Width}x{image.Height}.");
            var background = image.Pixel(0, 0);
            var differing = image.CountPixels(p => p != background);
            Assert.True(differing > image.Width * image.Height / 50, $"{chart}: only {differing} of {image.Width * image.Height} pixels differ from the background.");
            Assert.True(image.DistinctColours(64) >= 3, $"{chart} has fewer than three colours.");
        }

        // A blank area of the same page is seen as blank: the pixel check can fail.
        var blank = Png.Decode(await page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = 0, Y = 0, Width = 20, Height = 20 } }));
        Assert.Equal(0, blank.CountPixels(p => p != blank.Pixel(0, 0)));

        // Print-ready: the page prints to PDF as A4.
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 10_000);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
