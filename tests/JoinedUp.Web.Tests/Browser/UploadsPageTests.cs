using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store.Reading;
using JoinedUp.Store.Uploads;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using JoinedUp.Web.Uploads;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// The upload form asks for the collection year when the files do not say it, lists the LA's uploads from the store
/// (LA, return in words, year, when, by whom, outcome), and lets the LA's analyst withdraw a submission after confirming.
/// </summary>
[Collection(UploadsCollection.Name)]
public sealed class UploadsPageTests(WebFixture web)
{
    [Fact]
    public async Task Files_that_do_not_say_their_year_get_a_form_error_on_the_year_field_and_nothing_is_imported()
    {
        var page = await UploadTestUsers.BarnetAsync(web);
        var before = web.App.Region.Store.Submissions().Count;
        await new HandMadeReturn().Episode("YR0001", "01/06/2024").UploadAsync(page, year: null);

        var summary = page.GetByRole(AriaRole.Alert);
        Assert.Equal("There is a problem", (await summary.Locator("h2").InnerTextAsync()).Trim());
        var link = summary.GetByRole(AriaRole.Link);
        Assert.Equal("#year", await link.GetAttributeAsync("href"));
        Assert.Contains("Enter the collection year", await link.InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("--year", main);
        Assert.Contains("year-error", await page.Locator("#year").GetAttributeAsync("aria-describedby"));
        Assert.Contains("header.csv", await page.Locator("#year-error").InnerTextAsync());
        Assert.Equal(before, web.App.Region.Store.Submissions().Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_recent_uploads_list_comes_from_the_store_in_words_and_an_analyst_withdraws_a_submission_after_confirming()
    {
        var store = web.App.Region.Store;
        // An upload recorded before a restart: the app never ran its job, the store remembers it.
        store.RecordUpload(new SubmissionKey("302", ReturnKind.Ssda903, 2019), "former-analyst", new DateTime(2026, 3, 5, 9, 30, 0, DateTimeKind.Utc),
            null, refused: true, issues: 3, ["old.xml"], "job-before-restart");
        var page = await UploadTestUsers.BarnetAsync(web);
        const string analyst = "barnet-analyst";
        var upload = new HandMadeReturn();
        for (var i = 0; i < 4; i++) upload.Episode($"WD{i:D4}", "01/06/2016");
        await upload.UploadAsync(page, 2017);
        await HandMadeReturn.FinishedAsync(page);

        await page.GotoAsync("/uploads");
        var rows = page.Locator("#recent-table tbody tr");
        var old = rows.Filter(new() { HasText = "2019" });
        Assert.Equal(["Barnet", "SSDA903 (children looked after)", "2019", "5 March 2026, 09:30:00 UTC", "former-analyst", "Refused: nothing was loaded, 3 issues", ""],
            (await old.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));
        var mine = rows.Filter(new() { HasText = "2017" });
        var cells = (await mine.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(["Barnet", "SSDA903 (children looked after)", "2017"], cells[..3]);
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d:\d\d UTC$", cells[3]);
        Assert.Equal(analyst, cells[4]);
        Assert.StartsWith("Loaded", cells[5]);

        var stored = store.Submissions().Single(s => s.La == "302" && s.Year == 2017);
        await mine.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Withdraw") }).ClickAsync();
        Assert.Contains("Withdraw Barnet's SSDA903 (children looked after) for 2017?", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("4 children", await page.Locator("main").InnerTextAsync());
        Assert.NotNull(store.Submissions().SingleOrDefault(s => s.Id == stored.Id)); // the confirmation page changes nothing
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw the submission" }).ClickAsync();
        await page.WaitForURLAsync(web.App.Address + "uploads");

        Assert.Contains("was withdrawn", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.DoesNotContain(store.Submissions(), s => s.La == "302" && s.Year == 2017);
        using (var connection = store.OpenConnection())
        {
            Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child WHERE submission_id = @id", new { id = stored.Id }));
            Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child_link WHERE la = '302' AND (year = 2017 OR linked_year = 2017)"));
        }
        Assert.Contains("withdrawn by " + analyst, await rows.Filter(new() { HasText = "2017" }).InnerTextAsync());
        Assert.Equal(0, await rows.Filter(new() { HasText = "2017" }).GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Withdraw") }).CountAsync());
        Assert.Contains(new AuditLog(store).Search(action: UploadAudit.Withdraw), e => e.Target == "submission:302/ssda903/2017" && e.Outcome == AuditLog.Allowed && e.UserName == analyst);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_of_another_la_cannot_withdraw_barnets_submission()
    {
        var store = web.App.Region.Store;
        var barnet = store.Submissions().First(s => s.La == "302");
        store.RecordUpload(new SubmissionKey("302", ReturnKind.Ssda903, barnet.Year), "analyst", DateTime.UtcNow, barnet.Id, false, 0, ["x.csv"], "job-x");
        var record = store.UploadsOf("302").First(u => u.SubmissionId == barnet.Id);
        var page = await UploadTestUsers.SignInAsync(web, "camden-analyst", "202");

        Assert.Equal(403, (await page.GotoAsync($"/uploads/withdraw/{record.Id}"))!.Status);
        await page.GotoAsync("/uploads");
        Assert.DoesNotContain("Barnet", await page.Locator("main").InnerTextAsync());
        Assert.Contains(store.Submissions(), s => s.Id == barnet.Id);
        await page.Context.CloseAsync();
    }
}
