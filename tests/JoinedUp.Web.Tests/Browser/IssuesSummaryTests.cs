using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// The issues of an upload lead with one line per rule (code, what it means in the return's year as
/// <see cref="Ssda903RuleSet.Describe"/> says, count, fields), then the chosen rule's rows, 50 a page; the page says
/// that no previous year's return was held for the previous-year rules.
/// </summary>
[Collection(UploadsCollection.Name)]
public sealed class IssuesSummaryTests(WebFixture web)
{
    private const int BadEthnicities = 60;

    [Fact]
    public async Task The_issues_lead_with_a_summary_per_rule_and_the_chosen_rules_rows_come_fifty_a_page()
    {
        var page = await UploadTestUsers.SignInAsync(web, "haringey-analyst", "309");
        var upload = new HandMadeReturn();
        for (var i = 0; i < BadEthnicities; i++) upload.Episode($"ETH{i:D4}", "01/06/2023", ethnicity: "XXXX");
        upload.Episode("OVL0001", "01/05/2023").Episode("OVL0001", "01/09/2023", rne: "P");
        await upload.UploadAsync(page, 2024);
        await HandMadeReturn.FinishedAsync(page);

        var summary = page.Locator("table.rule-summary tbody tr");
        // The overlap breaks 142 (the first episode never ended), 433 (a P episode must begin the day the one before
        // ended) and 435 (a P episode must change the placement): each one row.
        Assert.Equal(["103", "142", "433", "435"], (await summary.Locator("th").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("103", (await summary.Nth(0).Locator("th").InnerTextAsync()).Trim());
        Assert.Equal([Ssda903RuleSet.Describe("103", 2024)!.Message, "60", "ETHNIC"], (await summary.Nth(0).Locator("td").AllInnerTextsAsync()).Take(3).Select(t => t.Trim()));
        Assert.Equal(Ssda903RuleSet.Describe("142", 2024)!.Message, (await summary.Nth(1).Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Contains(PreviousYearRules.Of(null, Ssda903RuleSet.For(2024)).Summary, await page.Locator("ul.previous-year").InnerTextAsync());
        Assert.Equal("142", (await summary.Nth(1).Locator("th").InnerTextAsync()).Trim());
        Assert.Equal("1", (await summary.Nth(1).Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".table-wrap table tbody tr").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Show the rows of rule 103" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("rule=103", StringComparison.Ordinal));
        Assert.Equal("Issues 1 to 50 of 60 of rule 103 (page 1 of 2)", (await page.Locator("#issues-caption").InnerTextAsync()).Trim());
        Assert.Equal(50, await page.Locator(".table-wrap table tbody tr").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        Assert.Equal("Issues 51 to 60 of 60 of rule 103 (page 2 of 2)", (await page.Locator("#issues-caption").InnerTextAsync()).Trim());
        var rows = page.Locator(".table-wrap table tbody tr");
        Assert.Equal(BadEthnicities - 50, await rows.CountAsync());
        Assert.All(await rows.Locator("td:first-child").AllInnerTextsAsync(), code => Assert.Equal("103", code.Trim()));
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("page=2", StringComparison.Ordinal));
        Assert.Equal(50, await page.Locator(".table-wrap table tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }
}
