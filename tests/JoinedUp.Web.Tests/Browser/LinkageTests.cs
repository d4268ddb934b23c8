using JoinedUp.Domain.Returns;
using JoinedUp.Store.Linking;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The linkage page (issue 3): LA users see their own LA's records and unlinked children; others counts only.</summary>
[Collection(WebCollection.Name)]
public sealed class LinkageTests(WebFixture web)
{
    private async Task<IPage> SignInAsNewLaAnalystAsync(string la)
    {
        var accounts = new UserAccounts(web.App.Region.Store);
        var name = "linkage-" + la;
        var password = accounts.Find(name) is null ? accounts.Create(name, $"LA {la} analyst", Roles.LaAnalyst, la) : accounts.ResetPassword(name);
        return await web.SignInAsync(name, password);
    }

    [Fact]
    public async Task An_la_analyst_sees_their_las_linkage_and_unlinked_records()
    {
        var report = LinkageReport.For(web.App.Region.Store, "303");
        Assert.NotEmpty(report.Linkage);
        var page = await SignInAsNewLaAnalystAsync("303");
        await page.GotoAsync("/linkage");
        var first = report.Linkage[0];
        var row = page.Locator("#counts-table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = $"Bexley {first.Year} {ReturnKindNames.TitleOf(first.Return)}" }) });
        var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal([first.Records.ToString("N0"), first.Linked.ToString("N0"), (first.Records - first.Linked).ToString("N0")], cells[..3]);
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("SSDA903 (children looked after)", main);
        Assert.DoesNotContain("ssda903", main);
        Assert.DoesNotContain("Brent", main);
        Assert.DoesNotContain("Barnet", main);
        var unlinked = report.Unlinked.Count;
        if (unlinked > 0) Assert.Equal(Math.Min(500, unlinked), await page.Locator("#unlinked-table tbody tr").CountAsync());
        else Assert.Contains("Every record is linked", main);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_regional_analyst_sees_counts_only()
    {
        var report = LinkageReport.For(web.App.Region.Store);
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/linkage");
        var total = page.Locator("#counts-table tbody tr.total td").First;
        var shown = (await total.InnerTextAsync()).Trim();
        CohortDashboardTests.AssertProtected(report.Linkage.Sum(c => c.Records), shown);
        Assert.Equal(0, await page.Locator("#unlinked-table").CountAsync());
        Assert.DoesNotContain("pseudonym)", await page.Locator("main").InnerTextAsync());
        var csv = await (await page.APIRequest.GetAsync("/linkage/export.csv")).TextAsync();
        Assert.Contains("All," + shown.Replace(",", ""), csv);
        await page.Context.CloseAsync();
    }
}
