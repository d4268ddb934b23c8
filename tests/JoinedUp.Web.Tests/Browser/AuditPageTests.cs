using System.Text.RegularExpressions;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The audit log page (issue 12, item 6) as an administrator reads it: times in words, details in plain words, pages and a CSV export.</summary>
[Collection(WebCollection.Name)]
public sealed partial class AuditPageTests(WebFixture web)
{
    [GeneratedRegex(@"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}:\d{2} UTC$")]
    private static partial Regex TimeInWords();

    /// <summary>Sixty entries of an action of their own, one of them with a detail a spreadsheet would take for a formula.</summary>
    private static string RecordSixtyEntries(AuditLog audit)
    {
        var action = "test.paging-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 60; i++) audit.Record("paging-user", Roles.Administrator, "region", action, $"target-{i:00}", AuditLog.Allowed, i == 0 ? "=HYPERLINK(\"x\")" : $"entry {i}");
        return action;
    }

    [Fact]
    public async Task An_administrator_reads_times_in_words_and_pages_through_a_search()
    {
        var action = RecordSixtyEntries(new AuditLog(web.App.Region.Store));
        var page = await web.SignInAsync(Roles.Administrator);
        await page.GotoAsync("/admin/audit?action=" + action);
        var rows = page.Locator("#audit-table tbody tr");
        Assert.Equal(50, await rows.CountAsync());
        var when = (await rows.First.Locator("td").First.InnerTextAsync()).Trim();
        Assert.Matches(TimeInWords(), when);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        Assert.Equal(10, await rows.CountAsync());
        Assert.Contains("target-00", await page.Locator("#audit-table").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=1", StringComparison.Ordinal));
        Assert.Equal(50, await rows.CountAsync());
        Assert.Contains("target-59", await page.Locator("#audit-table").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_csv_export_holds_the_whole_search_neutralised()
    {
        var action = RecordSixtyEntries(new AuditLog(web.App.Region.Store));
        var page = await web.SignInAsync(Roles.Administrator);
        await page.GotoAsync("/admin/audit?action=" + action);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this search as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("When,User,Role,Organisation,Action,Target,Outcome,Detail,Log", lines[0]);
        Assert.Equal(61, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("," + action + ",", l));
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",=HYPERLINK", StringComparison.Ordinal));
        Assert.Matches(TimeInWords(), lines[1][1..lines[1].IndexOf('"', 1)]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_register_search_is_audited_in_plain_words_not_program_text()
    {
        var lead = await web.SignInAsync(Roles.IcsLead);
        Assert.Equal(200, (await lead.GotoAsync("/register?overdue=true"))!.Status);
        await lead.Context.CloseAsync();

        var page = await web.SignInAsync(Roles.Administrator);
        await page.GotoAsync("/admin/audit?action=dsr.register.read&user=" + web.App.UserFor(Roles.IcsLead).UserName);
        var details = await page.Locator("#audit-table tbody tr td:nth-child(8)").AllInnerTextsAsync();
        Assert.NotEmpty(details);
        Assert.All(details, d => Assert.DoesNotContain("{ ", d));
        Assert.Contains(details, d => d.Contains("review overdue only", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
