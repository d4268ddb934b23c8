using System.Text.RegularExpressions;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The commissioning review in headless Chromium (issue 17's Done-when): two partners who disagree, an agreed rating, an action plan.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ReviewTests(WebFixture web)
{
    [GeneratedRegex(@"/review/(\d+)")]
    private static partial Regex ReviewUrl();

    private static async Task<long> OpenReviewAsync(IPage lead, string title)
    {
        await lead.GotoAsync("/review");
        await lead.GetByLabel("Title of the review").FillAsync(title);
        await lead.GetByLabel("Social care", new() { Exact = true }).CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Open the review" }).ClickAsync();
        await lead.WaitForURLAsync("**/review/*?done=opened");
        return long.Parse(ReviewUrl().Match(lead.Url).Groups[1].Value);
    }

    private static async Task InviteAsync(IPage lead, string userName, string sector)
    {
        await lead.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync(userName);
        await lead.GetByLabel(sector, new() { Exact = true }).CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".notice")).ToContainTextAsync("The partner was invited.");
    }

    private static async Task RateAsync(IPage page, long review, string key, int rating, string why)
    {
        await page.GotoAsync($"/review/{review}/statements/{key}");
        await page.Locator($"#Rating-{rating}").CheckAsync();
        await page.GetByLabel("Why (optional)").FillAsync(why);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my rating" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Your rating was saved.");
    }

    [Fact]
    public async Task A_review_runs_from_opening_to_agreed_ratings_and_an_action_plan_with_two_partners_who_disagree()
    {
        var lead = await web.SignInAsync(Roles.LaPractitioner);
        await lead.GotoAsync("/review");
        await Assertions.Expect(lead.Locator("ol.review-areas > li")).ToHaveCountAsync(7);
        await Assertions.Expect(lead.Locator("ol.review-areas")).ToContainTextAsync("Strong relationships and a no-blame culture");
        var title = "Barnet review " + Guid.NewGuid().ToString("N")[..6];
        var review = await OpenReviewAsync(lead, title);

        var health = web.App.UserFor(Roles.IcsLead).UserName;
        var parents = web.App.UserFor(Roles.ParentCarerRepresentative).UserName;
        await InviteAsync(lead, health, "Health");
        await InviteAsync(lead, parents, "Parent carers");
        await Assertions.Expect(lead.Locator("#partners + ul")).ToContainTextAsync($"{health}: Health");

        // The two partners disagree on 2.1: social care says established, health says not in place.
        await RateAsync(lead, review, "2.1", 3, "The joint board meets every month");
        var ics = await web.SignInAsync(Roles.IcsLead);
        await ics.GotoAsync("/review");
        await ics.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await RateAsync(ics, review, "2.1", 1, "Health has no seat on the board");
        await RateAsync(ics, review, "2.2", 2, "");
        await RateAsync(lead, review, "2.2", 2, "");
        Assert.Equal(0, await ics.GetByRole(AriaRole.Button, new() { Name = "Record the agreed rating" }).CountAsync());

        // Evidence: a note with a link, and a file; a hostile file is refused on the form and nothing is added.
        await ics.GotoAsync($"/review/{review}/statements/2.1");
        await ics.GetByLabel("Note", new() { Exact = true }).FillAsync("Board membership list");
        await ics.GetByLabel("Link (optional, http or https)").FillAsync("https://example.org/board");
        await ics.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await Assertions.Expect(ics.Locator(".notice")).ToContainTextAsync("The evidence was added.");
        await ics.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "minutes.txt", MimeType = "text/plain", Buffer = EvidenceSamples.Text });
        await ics.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Assertions.Expect(ics.Locator(".notice")).ToContainTextAsync("The evidence was added.");
        await ics.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "minutes2.txt", MimeType = "text/plain", Buffer = EvidenceSamples.Html });
        await ics.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Assertions.Expect(ics.Locator(".error-summary")).ToContainTextAsync("minutes2.txt: refused (evidence-active-content)");
        await Assertions.Expect(ics.Locator("ul.evidence > li")).ToHaveCountAsync(2);

        // The file comes back as an attachment, typed by its content, never sniffed.
        var href = await ics.Locator("ul.evidence a[download]").GetAttributeAsync("href");
        var download = await ics.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("attachment;", download.Headers["content-disposition"]);
        Assert.Contains("minutes.txt", download.Headers["content-disposition"]);
        Assert.Equal("nosniff", download.Headers["x-content-type-options"]);
        Assert.StartsWith("text/plain", download.Headers["content-type"]);
        Assert.Equal(EvidenceSamples.Text, await download.BodyAsync());

        // The lead sees both ratings side by side, not averaged, and records the agreed rating with its reason.
        await lead.GotoAsync($"/review/{review}");
        var row = lead.Locator("tr[id='s-2.1']");
        await Assertions.Expect(row).ToContainTextAsync($"Social care ({web.App.UserFor(Roles.LaPractitioner).UserName}): 3 Established");
        await Assertions.Expect(row).ToContainTextAsync($"Health ({health}): 1 Not in place");
        await Assertions.Expect(row).ToContainTextAsync("Partners disagree");
        await Assertions.Expect(lead.Locator("tr[id='s-2.2']")).Not.ToContainTextAsync("Partners disagree");
        await Assertions.Expect(row).ToContainTextAsync("Not agreed yet");
        await lead.GotoAsync($"/review/{review}/statements/2.1");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the agreed rating" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".error-summary")).ToContainTextAsync("choose the agreed rating");
        await lead.Locator("#AgreedRating-2").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the agreed rating" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".error-summary")).ToContainTextAsync("the reason for the agreed rating is required");
        await lead.GetByLabel("Reason for the agreed rating").FillAsync("The board exists; health attends rarely");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the agreed rating" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".notice")).ToContainTextAsync("The agreed rating was recorded.");
        await lead.GotoAsync($"/review/{review}");
        await Assertions.Expect(row).ToContainTextAsync("2 Emerging");
        await Assertions.Expect(row).ToContainTextAsync("The board exists; health attends rarely");
        await Assertions.Expect(row).ToContainTextAsync("Health (" + health + "): 1 Not in place");

        // The action plan: an action linked to the disputed statement, then its progress.
        await lead.GetByLabel("What will be done").FillAsync("Give the ICB a seat on the joint board");
        await lead.GetByLabel("Owner", new() { Exact = true }).FillAsync("Director of children's services");
        await lead.GetByLabel("Due by (yyyy-mm-dd)").FillAsync("2027-03-31");
        await lead.Locator("[id='ActionStatements-2.1']").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".notice")).ToContainTextAsync("The action was added to the plan.");
        var plan = lead.Locator("table:has(caption#actions-caption)");
        await Assertions.Expect(plan).ToContainTextAsync("Give the ICB a seat on the joint board");
        await Assertions.Expect(plan).ToContainTextAsync("31 March 2027");
        await Assertions.Expect(plan).ToContainTextAsync("Not started");
        await lead.GetByLabel("Status of “Give the ICB a seat on the joint board”").SelectOptionAsync("in-progress");
        await lead.GetByLabel("Progress note").FillAsync("Terms of reference redrafted");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();
        await Assertions.Expect(plan).ToContainTextAsync("In progress: Terms of reference redrafted");

        // The printable report and the spreadsheet carry the same.
        await lead.GotoAsync($"/review/{review}/report");
        var report = lead.Locator("main");
        await Assertions.Expect(report).ToContainTextAsync("2 Emerging. The board exists; health attends rarely");
        await Assertions.Expect(report).ToContainTextAsync("Health: 1; Social care: 3 (disagreed)");
        await Assertions.Expect(report).ToContainTextAsync("Give the ICB a seat on the joint board");
        var xlsx = await lead.APIRequest.GetAsync($"/review/{review}/report.xlsx");
        Assert.Equal(200, xlsx.Status);
        Assert.StartsWith("attachment;", xlsx.Headers["content-disposition"]);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.BodyAsync())[..2]);

        // A regional user compares areas' agreed ratings but cannot open the review itself.
        var version = int.Parse(Regex.Match(await lead.Locator("dl.summary").InnerTextAsync(), @"Version (\d+)").Groups[1].Value);
        var regional = await web.SignInAsync(Roles.RegionalAnalyst);
        await regional.GotoAsync($"/review/compare/{version}");
        await Assertions.Expect(regional.Locator("thead")).ToContainTextAsync("Barnet");
        var compared = regional.Locator("tbody tr", new() { HasText = "2.1 Strong, knowledgeable and empowered leadership" });
        await Assertions.Expect(compared.Locator("td").First).ToHaveTextAsync("2");
        var refused = await regional.GotoAsync($"/review/{review}");
        Assert.Equal(403, refused!.Status);

        await lead.Context.CloseAsync();
        await ics.Context.CloseAsync();
        await regional.Context.CloseAsync();
    }

    [Fact]
    public async Task Editing_the_framework_makes_a_new_version_and_an_open_review_keeps_its_questions_and_answers()
    {
        var lead = await web.SignInAsync(Roles.LaPractitioner);
        var review = await OpenReviewAsync(lead, "Versioned review " + Guid.NewGuid().ToString("N")[..6]);
        await RateAsync(lead, review, "1.1", 2, "Written, not shared");
        await lead.GotoAsync($"/review/{review}/statements/1.1");
        var before = await lead.Locator("p.statement").InnerTextAsync();

        var admin = await web.SignInAsync(Roles.Administrator);
        await admin.GotoAsync("/review/framework/edit");
        await admin.GetByLabel("What changed and why (shown with the version)").FillAsync("1.1 reworded for the test");
        await admin.GetByLabel("Statement 1.1: text").FillAsync("Reworded: partners and young people agreed the vision together.");
        await admin.GetByLabel("Area 1: new statement: text").FillAsync("A statement added by the test.");
        await admin.GetByLabel("Area 1: new statement: evidence expected").FillAsync("Anything.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await admin.WaitForURLAsync("**/review/framework/*?done=saved");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Reworded: partners and young people agreed the vision together.");

        // The open review still asks version 1's question and keeps the answer; its overview has no new statement.
        await lead.GotoAsync($"/review/{review}/statements/1.1");
        Assert.Equal(before, await lead.Locator("p.statement").InnerTextAsync());
        Assert.True(await lead.Locator("#Rating-2").IsCheckedAsync());
        Assert.Equal("Written, not shared", await lead.GetByLabel("Why (optional)").InputValueAsync());
        var missing = await lead.GotoAsync($"/review/{review}/statements/1.4");
        Assert.Equal(404, missing!.Status);

        // A review opened now asks the new question.
        var next = await OpenReviewAsync(lead, "After the edit " + Guid.NewGuid().ToString("N")[..6]);
        await lead.GotoAsync($"/review/{next}/statements/1.1");
        await Assertions.Expect(lead.Locator("p.statement")).ToHaveTextAsync("Reworded: partners and young people agreed the vision together.");

        // Only administrators reach the editor.
        var refused = await lead.GotoAsync("/review/framework/edit");
        Assert.Equal(403, refused!.Status);
        await lead.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Roles.LaPractitioner, "/review")]
    [InlineData(Roles.ParentCarerRepresentative, "/review")]
    [InlineData(Roles.RegionalAnalyst, "/review/compare")]
    [InlineData(Roles.Administrator, "/review/framework/edit")]
    [InlineData(Roles.Administrator, "/review/framework")]
    public async Task Review_pages_have_no_serious_or_critical_accessibility_violations(string role, string path)
    {
        var page = await web.SignInAsync(role);
        await page.GotoAsync(path);
        var violations = await Axe.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, path + ": " + string.Join("; ", violations));
    }
}
