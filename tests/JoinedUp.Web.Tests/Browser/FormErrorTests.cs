using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// Every form that validates shows all its errors at once in a GOV.UK error summary (role alert, "There is a problem",
/// each error a link to its field), and each field its inline error, named by aria-describedby. The register's
/// timeline is newest first, and withdrawing consent asks for confirmation.
/// </summary>
[Collection(UploadsCollection.Name)]
public sealed class FormErrorTests(WebFixture web)
{
    /// <summary>The error summary's links (targets) and the fields' own error wiring, checked for each field.</summary>
    private static async Task<IReadOnlyList<string>> SummaryAsync(IPage page)
    {
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        Assert.Equal("There is a problem", (await summary.Locator("h2").InnerTextAsync()).Trim());
        var targets = new List<string>();
        foreach (var link in await summary.Locator("li a").AllAsync())
        {
            var href = (await link.GetAttributeAsync("href"))!;
            Assert.StartsWith("#", href);
            var field = page.Locator(href);
            Assert.Equal(1, await field.CountAsync());
            Assert.Contains(href[1..] + "-error", await field.GetAttributeAsync("aria-describedby") ?? "");
            Assert.Equal((await link.InnerTextAsync()).Trim(), System.Text.RegularExpressions.Regex.Replace(await page.Locator(href + "-error").InnerTextAsync(), @"^\s*Error:\s*", ""));
            targets.Add(href[1..]);
        }
        return targets;
    }

    [Fact]
    public async Task The_password_form_shows_every_missing_field_at_once()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-analyst", "302");
        await page.GotoAsync("/account/password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        Assert.Equal(["currentPassword", "newPassword", "confirmPassword"], await SummaryAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_upload_form_shows_the_missing_files_and_a_wrong_year_together()
    {
        var page = await UploadTestUsers.BarnetAsync(web);
        await page.GotoAsync("/uploads");
        await page.GetByLabel("Collection year").FillAsync("20x4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and validate" }).ClickAsync();
        Assert.Equal(["files", "year"], await SummaryAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_add_user_form_shows_every_missing_field_at_once()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-admin", Regions.London.Name, Roles.Administrator);
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var fields = await SummaryAsync(page);
        Assert.Equal(["newUserName", "displayName"], fields.Take(2));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_add_to_register_form_shows_every_missing_field_at_once()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-keyworker", "302", Roles.LaPractitioner);
        await page.GotoAsync("/register/add");
        await page.GetByLabel("Given on").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        Assert.Equal(["ChildId", "Reason", "ConsentGivenBy", "ConsentGivenOn", "ConsentBasis"], await SummaryAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_cetr_held_without_its_date_or_a_recommendation_due_date_shows_both_errors_linked_to_their_fields()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-cetr", "302", Roles.LaPractitioner);
        await page.GotoAsync("/register/add");
        await page.GetByLabel("Child ID").FillAsync("FORMS-CETR-1");
        await page.GetByLabel("Red", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason for the rating").FillAsync("Risk of admission");
        await page.GetByLabel("CETR", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Meeting due on").FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Keyworker").FillAsync("Sam Keyworker");
        await page.GetByLabel("Given by").FillAsync("parent");
        await page.GetByLabel("Basis").FillAsync("explicit consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        await page.WaitForURLAsync("**/register/entries/*?saved=added");

        await page.Locator("input[name=HeldOn]").FillAsync("");
        await page.GetByLabel("Recommendation 1: what").FillAsync("Positive behaviour support plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as held" }).ClickAsync();
        var targets = await SummaryAsync(page);
        Assert.Equal(2, targets.Count);
        Assert.Matches("^HeldOn-[0-9]+$", targets[0]);
        Assert.Equal($"rec-{targets[0]["HeldOn-".Length..]}-1-due", targets[1]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_referral_form_shows_every_missing_field_at_once_and_saves_nothing()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-referrer", "302", Roles.LaPractitioner);
        await page.GotoAsync("/register/refer");
        await page.GetByLabel("Given on").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        Assert.Equal(["NhsNumber", "Reason", "ConsentGivenBy", "ConsentGivenOn", "ConsentBasis"], await SummaryAsync(page));
        Assert.Equal("/register/refer", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_admission_form_shows_the_missing_child_and_date_together()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-admissions", "302", Roles.LaPractitioner);
        await page.GotoAsync("/register/admissions/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the admission" }).ClickAsync();
        Assert.Equal(["NhsNumber", "AdmittedOn"], await SummaryAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_forecast_form_links_each_error_to_its_field()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-regional", Regions.London.Name, Roles.RegionalAnalyst);
        await page.GotoAsync("/forecast?area=region&years=99&start=1990-01-01");
        Assert.Equal(["start", "years"], await SummaryAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_register_timeline_is_newest_first_and_withdrawing_consent_asks_first()
    {
        var page = await UploadTestUsers.SignInAsync(web, "forms-keyworker", "302", Roles.LaPractitioner);
        var entry = $"/register/entries/{web.App.RegisterEntries.Barnet}";
        await page.GotoAsync(entry);
        foreach (var action in new[] { "First action of the day", "Second action of the day" })
        {
            await page.GetByLabel("What needs doing").FillAsync(action);
            await page.GetByLabel("Owner (person or team)").FillAsync("Short breaks team");
            await page.GetByLabel("Due on", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
            await page.WaitForURLAsync("**saved=action");
        }
        var rows = (await page.Locator("#timeline tbody tr").AllInnerTextsAsync()).ToList();
        Assert.Contains("newest first", await page.Locator("#timeline-caption").InnerTextAsync());
        int Row(string text) => rows.FindIndex(r => r.Contains(text, StringComparison.Ordinal));
        Assert.True(Row("Second action of the day") >= 0 && Row("Second action of the day") < Row("First action of the day"), string.Join("\n", rows));
        var dates = rows.Select(r => DateOnly.ParseExact(r.Split('\t')[0].Trim(), "d MMM yyyy", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);

        // Withdrawing consent: the prefilled form asks first, and going back changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).ClickAsync();
        Assert.StartsWith("Record that consent was withdrawn for DSR-", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "No, go back" }).ClickAsync();
        await page.WaitForURLAsync("**" + entry);
        Assert.DoesNotContain("withdrawn on", await page.Locator("dl.summary").InnerTextAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, record the withdrawal" }).ClickAsync();
        await page.WaitForURLAsync("**saved=withdrawn");
        Assert.Contains("withdrawn on", await page.Locator("dl.summary").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
