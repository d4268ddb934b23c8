using JoinedUp.Domain.Codes;
using JoinedUp.Store.Reading;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>Real headless Chromium against the running app: each role signs in and sees what it may, and no more.</summary>
[Collection(WebCollection.Name)]
public sealed class RoleJourneyTests(WebFixture web)
{
    [Theory]
    [InlineData(Roles.LaAnalyst)]
    [InlineData(Roles.LaPractitioner)]
    [InlineData(Roles.IcsLead)]
    [InlineData(Roles.RegionalAnalyst)]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Administrator)]
    public async Task Every_role_signs_in_and_sees_its_home_page(string role)
    {
        var page = await web.SignInAsync(role);
        Assert.Equal("JoinedUp", await page.Locator("h1").InnerTextAsync());
        Assert.Contains(Roles.Describe(role), await page.Locator("main").InnerTextAsync());
        var dashboard = await page.GotoAsync("/dashboard/looked-after");
        Assert.Equal(role == Roles.Administrator ? 403 : 200, dashboard!.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_regional_dashboard_protects_every_LAs_figure_and_an_LA_sees_its_own_exactly()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/dashboard/looked-after?year=2024");
        var barnet = page.Locator("table tbody tr", new() { HasText = "Barnet" });
        var expected = SeededRegion.LookedAfter[("302", 2024)];
        CohortDashboardTests.AssertProtected(expected, (await barnet.Locator("td").First.InnerTextAsync()).Trim());
        var croydon = page.Locator("table tbody tr", new() { HasText = "Croydon" });
        CohortDashboardTests.AssertProtected(SeededRegion.LookedAfter[("306", 2024)], (await croydon.Locator("td").First.InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("svg[role=img] title").First.CountAsync());
        await page.Context.CloseAsync();

        var own = await web.SignInAsync(Roles.LaAnalyst);
        await own.GotoAsync("/dashboard/looked-after?year=2024");
        var la = web.App.UserFor(Roles.LaAnalyst);
        var ownCount = SeededRegion.LookedAfter.GetValueOrDefault((la.Organisation, 2024));
        var firstCell = (await own.Locator("table tbody tr").First.Locator("td").First.InnerTextAsync()).Trim();
        Assert.Equal(ownCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), firstCell);
        await own.Context.CloseAsync();
    }

    [Fact]
    public async Task An_ics_lead_sees_only_their_footprint_and_is_refused_another()
    {
        var page = await web.SignInAsync(Roles.IcsLead);
        await page.GotoAsync("/dashboard/looked-after?year=2024");
        var text = await page.Locator("table").InnerTextAsync();
        Assert.Contains("Barnet", text);
        Assert.DoesNotContain("Croydon", text);
        var refused = await page.GotoAsync("/dashboard/looked-after?la=306");
        Assert.Equal(403, refused!.Status);
        var export = await page.APIRequest.GetAsync("/dashboard/looked-after/export.csv?la=306");
        Assert.Equal(403, export.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_la_analyst_finds_their_own_child_and_is_refused_another_las_child_with_an_audit_entry()
    {
        var page = await web.SignInAsync(Roles.LaAnalyst);
        await page.GotoAsync("/children/find");
        await page.GetByLabel("Child ID").FillAsync(SeededRegion.ChildId("302", 4));
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.WaitForURLAsync("**/children/*");
        Assert.Contains("Child's episodes of care", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("table tbody tr").CountAsync() >= 2);

        var otherChild = web.App.Region.Store.Pseudonymiser.Pseudonymise("306", SeededRegion.ChildId("306", 1));
        var refused = await page.GotoAsync("/children/" + otherChild);
        Assert.Equal(403, refused!.Status);
        var api = await page.APIRequest.GetAsync("/api/children/" + otherChild);
        Assert.Equal(403, api.Status);

        var audit = new AuditLog(web.App.Region.Store).Search(userName: "analyst", action: "child.view", outcome: AuditLog.Denied);
        Assert.Contains(audit, e => e.Target == otherChild && e.Organisation == "302");
        Assert.Contains(new AuditLog(web.App.Region.Store).Search(userName: "analyst", action: "child.view", outcome: AuditLog.Allowed),
            e => e.Target == web.App.Region.Store.Pseudonymiser.Pseudonymise("302", SeededRegion.ChildId("302", 4)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_la_analyst_reads_a_childs_episodes_in_words_with_each_code_and_its_meaning()
    {
        var pseudonym = web.App.Region.Store.Pseudonymiser.Pseudonymise("302", SeededRegion.ChildId("302", 4));
        var first = JoinedUp.Web.Children.ChildEpisodes.InLa(web.App.Region.Store, "302", pseudonym)[0];
        var page = await web.SignInAsync(Roles.LaAnalyst);
        await page.GotoAsync("/children/" + pseudonym);
        var cells = (await page.Locator("table tbody tr").First.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToArray();
        var started = DateOnly.ParseExact(first.StartDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{started.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(started.Month)} {started.Year}", cells[1]);
        Assert.Equal($"{first.LegalStatus}: {Ssda903CodeLists.LegalStatus.MeaningOf(first.LegalStatus!)}", cells[4]);
        Assert.Equal($"{first.PlacementType}: {Ssda903CodeLists.PlacementType.MeaningOf(first.PlacementType!)}", cells[6]);
        Assert.DoesNotContain(first.StartDate, await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_regional_analyst_sees_no_child_level_data()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        var child = web.App.Region.Store.Pseudonymiser.Pseudonymise("302", SeededRegion.ChildId("302", 1));
        Assert.Equal(403, (await page.GotoAsync("/children/" + child))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/children/find"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/uploads"))!.Status);
        await page.Context.CloseAsync();
    }

    /// <summary>An SSDA903 return for Barnet, 2025: seven children in care on 31 March 2025, one of them (whose LA ID starts with "=") with overlapping episodes.</summary>
    private static (byte[] Header, byte[] Episodes) BarnetReturn2025()
    {
        var ids = new[] { "UPL0001", "UPL0002", "UPL0003", "UPL0004", "UPL0005", "UPL0006", "\"=HYPERLINK(\"\"x\"\")\"" };
        var header = new System.Text.StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
        var episodes = new System.Text.StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
        foreach (var id in ids)
        {
            header.Append($"{id},1,14/02/2012,WBRI,UN1,,\r\n");
            episodes.Append($"{id},01/06/2024,S,C2,N1,U1,PR1,,,,EN5 1AA,N12 8QQ,1234567\r\n");
        }
        episodes.Append($"{ids[^1]},01/09/2024,P,C2,N1,U4,PR4,,,CARPL,EN5 1AA,N12 8QQ,2345678\r\n");
        return (System.Text.Encoding.UTF8.GetBytes(header.ToString()), System.Text.Encoding.UTF8.GetBytes(episodes.ToString()));
    }

    [Fact]
    public async Task An_la_analyst_uploads_a_return_reads_the_issues_and_downloads_a_neutralised_error_report()
    {
        var page = await web.SignInAsync(Roles.LaAnalyst);
        await page.GotoAsync("/uploads");
        var (header, episodes) = BarnetReturn2025();
        await page.GetByLabel("Return files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "header.csv", MimeType = "text/csv", Buffer = header },
            new FilePayload { Name = "episodes.csv", MimeType = "text/csv", Buffer = episodes },
        });
        await page.GetByLabel("Collection year").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and validate" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Validation issues" }).WaitForAsync(new() { Timeout = 60000 });
        var results = await page.Locator("main").InnerTextAsync();
        Assert.True(results.Contains("Barnet: SSDA903 (children looked after), 2025") && results.Contains("142"), results);

        // The real importer found the overlapping episodes (DfE rule 142: an episode left open before a later one).
        await page.GetByLabel("Rule").SelectOptionAsync("142");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".table-wrap table tbody tr").CountAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download the error report (CSV)").ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("'=HYPERLINK", report);
        Assert.DoesNotContain(",=HYPERLINK", report);

        // The upload reached the store, pseudonymised: the dashboard now has Barnet's 2025 return (7 children in care on 31 March).
        var stored = web.App.Region.Store.Submissions().Single(s => s.La == "302" && s.Year == 2025);
        Assert.Equal((7, 8), (stored.Children, stored.Episodes));
        // 7 children against 30 in 2024 is beyond the plausibility tolerance: the return is held until the analyst confirms it.
        await page.GotoAsync("/uploads");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the 2025 figures are right" }).ClickAsync();
        await page.GotoAsync("/dashboard/looked-after?year=2025");
        Assert.Equal("7", (await page.Locator("table tbody tr", new() { HasText = "Barnet" }).Locator("td").First.InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }
}
