using JoinedUp.Register.Ratings;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The Dynamic Support Register pages in headless Chromium (issue 6's Done-when).</summary>
[Collection(WebCollection.Name)]
public sealed class RegisterTests(WebFixture web)
{
    private static string InDays(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd");

    private static async Task ChangeRatingAsync(IPage page, string to, string reason)
    {
        await page.GetByLabel(to, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason for the change").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the rating" }).ClickAsync();
    }

    [Fact]
    public async Task A_practitioner_walks_a_child_green_amber_red_and_back_and_the_region_sees_the_counts()
    {
        var page = await web.SignInAsync(Roles.LaPractitioner);
        Assert.Contains("Overdue register work", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync("/register/add");
        await page.GetByLabel("Child ID").FillAsync("JOURNEY-0001");
        await page.GetByLabel("Green", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason for the rating").FillAsync("Periods out of school; family asking for help");
        await page.GetByLabel("Keyworker").FillAsync("Sam Keyworker");
        await page.GetByLabel("School", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Periods out of school").CheckAsync();
        await page.GetByLabel("Given by").FillAsync("parent");
        await page.GetByLabel("Basis").FillAsync("explicit consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        await page.WaitForURLAsync("**/register/entries/*?saved=added");
        var entryUrl = page.Url.Split('?')[0];
        var rating = page.Locator("#current-rating");
        await Assertions.Expect(rating).ToHaveTextAsync("Green");

        await ChangeRatingAsync(page, "Amber", "Excluded from school for a week");
        await Assertions.Expect(rating).ToHaveTextAsync("Amber");

        // Red without a CETR or LAEP is refused on the form, and what was typed is kept.
        await ChangeRatingAsync(page, "Red", "Family cannot continue caring; A&E attendance");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("CETR");
        Assert.Equal("Family cannot continue caring; A&E attendance", await page.GetByLabel("Reason for the change").InputValueAsync());
        await Assertions.Expect(rating).ToHaveTextAsync("Amber");
        await page.GetByLabel("Red", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("CETR", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Meeting due on").FillAsync(InDays(10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the rating" }).ClickAsync();
        await Assertions.Expect(rating).ToHaveTextAsync("Red");

        await page.GetByLabel("What needs doing").FillAsync("Arrange short breaks assessment");
        await page.GetByLabel("Owner (person or team)").FillAsync("Short breaks team");
        await page.GetByLabel("Due on", new() { Exact = true }).FillAsync(InDays(7));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await page.WaitForURLAsync("**saved=action");

        await page.GetByLabel("Summary of the review").FillAsync("CETR booked; school place being held");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await page.WaitForURLAsync("**saved=review");

        await ChangeRatingAsync(page, "Amber", "CETR held; plan agreed and working");
        await Assertions.Expect(rating).ToHaveTextAsync("Amber");
        await ChangeRatingAsync(page, "Green", "Back in school full time; family coping");
        await Assertions.Expect(rating).ToHaveTextAsync("Green");

        await page.GotoAsync(entryUrl);
        var history = page.Locator("#rating-history tbody tr");
        Assert.Equal(5, await history.CountAsync());
        var ratings = await history.Locator("td:nth-child(3)").AllInnerTextsAsync();
        Assert.Equal(["Green", "Amber", "Red", "Amber", "Green"], ratings.Select(r => r.Trim()));
        var timeline = await page.Locator("#timeline").InnerTextAsync();
        Assert.Contains("CETR", timeline);
        Assert.Contains("Action for Short breaks team", timeline);
        Assert.Contains("Review at red: CETR booked", timeline);
        Assert.Contains("amber to green: Back in school full time", timeline);
        await page.Context.CloseAsync();

        var regional = await web.SignInAsync(Roles.RegionalAnalyst);
        await regional.GotoAsync("/register/regional");
        Assert.Equal(200, (await regional.GotoAsync("/register/regional"))!.Status);
        async Task<string[]> Row(string footprint) =>
            (await regional.Locator("#current-table tbody tr", new() { HasText = footprint }).Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
        var north = await Row(SeededRegister.NorthCentral);
        int Expected(string f, RagRating r) => SeededRegister.Seeded[(f, r)] + (f == SeededRegister.NorthCentral && r == RagRating.Green ? 1 : 0);
        // Regional figures are protected by the cell key method: each within 3 of the truth, never 1 to 4.
        long[] northTruth = [Expected(SeededRegister.NorthCentral, RagRating.Green), Expected(SeededRegister.NorthCentral, RagRating.Amber), 0, 11];
        for (var i = 0; i < 4; i++) CohortDashboardTests.AssertProtected(northTruth[i], north[i]);
        var south = await Row(SeededRegister.SouthWest);
        long[] southTruth = [6, 5, 5, 16];
        for (var i = 0; i < 4; i++) CohortDashboardTests.AssertProtected(southTruth[i], south[i]);
        Assert.DoesNotContain("DSR-", await regional.Locator("main").InnerTextAsync());
        await regional.Context.CloseAsync();
    }

    [Fact]
    public async Task An_ics_lead_is_refused_a_child_outside_the_footprint_and_the_refusal_is_audited()
    {
        var page = await web.SignInAsync(Roles.IcsLead);
        Assert.Equal(200, (await page.GotoAsync("/register"))!.Status);
        Assert.Contains("Barnet", await page.Locator("#register-caption ~ tbody, table").First.InnerTextAsync());
        var croydon = web.App.RegisterEntries.Croydon;
        Assert.Equal(403, (await page.GotoAsync($"/register/entries/{croydon}"))!.Status);
        Assert.Equal(403, (await page.APIRequest.GetAsync("/register/export.csv?la=306")).Status);
        Assert.Equal(200, (await page.GotoAsync($"/register/entries/{web.App.RegisterEntries.Barnet}"))!.Status);
        await page.Context.CloseAsync();

        var audit = new AuditLog(web.App.Region.Store).Search(userName: "ics", outcome: AuditLog.Denied);
        Assert.Contains(audit, e => e.Source == AuditLog.RegisterSource && e.Action == "dsr.entry.read" && e.Target == $"dsr:DSR-{croydon:D6}");
    }

    [Fact]
    public async Task Regional_users_see_no_entries_and_practitioners_no_regional_figures()
    {
        var regional = await web.SignInAsync(Roles.RegionalAnalyst);
        Assert.Equal(403, (await regional.GotoAsync("/register"))!.Status);
        Assert.Equal(403, (await regional.GotoAsync($"/register/entries/{web.App.RegisterEntries.Barnet}"))!.Status);
        var csv = await regional.APIRequest.GetAsync("/register/regional/export.csv?table=current");
        Assert.Equal(200, csv.Status);
        var line = (await csv.TextAsync()).Split('\n').Single(l => l.StartsWith(SeededRegister.SouthWest + ",", StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        long[] truth = [6, 5, 5, 16];
        for (var i = 0; i < 4; i++) CohortDashboardTests.AssertProtected(truth[i], line[i + 1]);
        await regional.Context.CloseAsync();

        var practitioner = await web.SignInAsync(Roles.LaPractitioner);
        Assert.Equal(403, (await practitioner.GotoAsync("/register/regional"))!.Status);
        var export = await practitioner.APIRequest.GetAsync("/register/export.csv");
        Assert.Equal(200, export.Status);
        Assert.Contains("DSR-", await export.TextAsync());
        await practitioner.Context.CloseAsync();
    }

    [Fact]
    public async Task A_practitioner_imports_a_spreadsheet_after_a_preview()
    {
        // The imported child's consent is withdrawn, so it stays out of the regional counts the journey test checks.
        var page = await web.SignInAsync(Roles.LaPractitioner);
        await page.GotoAsync("/register/import");
        var csv = "Child ID,Name,RAG rating,Reason,Keyworker,Consent given by,Consent date,Consent basis,Consent withdrawn,Date added\n"
            + "IMPORT-1,Should Not Be Read,Green,Worries at school,A Worker,parent,01/02/2026,explicit consent,02/02/2026,01/02/2026\n"
            + "IMPORT-2,Nor This,Purple,Unknown rating,A Worker,parent,01/02/2026,explicit consent,,01/02/2026\n";
        await page.GetByLabel("Register spreadsheet").SetInputFilesAsync(new FilePayload { Name = "dsr.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Preview of dsr.csv" }).WaitForAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("1 rows can be added", main);
        Assert.DoesNotContain("Should Not Be Read", main);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add these 1 children to the register" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 entries were added");
        await page.Context.CloseAsync();
    }
}

/// <summary>Someone else's change in between is explained, and what the user typed is kept (ConcurrentEditException).</summary>
[Collection(WebCollection.Name)]
public sealed class RegisterConflictTests(WebFixture web)
{
    [Fact]
    public async Task A_change_made_meanwhile_is_explained_and_the_typed_review_is_kept_and_overdue_work_shows_on_the_home_page()
    {
        var register = new JoinedUp.Register.DynamicSupportRegister(web.App.Region.Store, JoinedUp.Domain.Geography.Regions.London);
        var colleague = JoinedUp.Register.Access.RegisterUser.FromWebRole("colleague", Roles.LaPractitioner, "302");
        var id = web.App.RegisterEntries.Barnet;
        register.AddAction(colleague, id, "Chase the overdue CAMHS letter", "CAMHS liaison", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));

        var page = await web.SignInAsync(Roles.LaPractitioner);
        var overdue = page.Locator("section.overdue");
        await Assertions.Expect(overdue).ToContainTextAsync("Chase the overdue CAMHS letter");

        await page.GotoAsync($"/register/entries/{id}");
        var entry = register.GetEntry(colleague, id);
        register.UpdateDetails(colleague, id, entry.Version, new JoinedUp.Register.Entries.EntryDetails("New keyworker", entry.Agencies, entry.RiskIndicators));

        await page.GetByLabel("Summary of the review").FillAsync("Met with family; school place confirmed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("colleague changed this entry");
        Assert.Equal("Met with family; school place confirmed", await page.GetByLabel("Summary of the review").InputValueAsync());
        Assert.Contains("New keyworker", await page.Locator("dl.summary").InnerTextAsync());

        // Submitting again (now at the current version) saves it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await page.WaitForURLAsync("**saved=review");
        Assert.Contains("Met with family; school place confirmed", await page.Locator("#timeline").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
