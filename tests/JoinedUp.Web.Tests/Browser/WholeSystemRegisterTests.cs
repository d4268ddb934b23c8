using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Store.Keys;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class WholeSystemRegisterCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "whole-system-register";
}

/// <summary>
/// Issue 14's journey in headless Chromium, on an app of its own (so the shared app's regional counts are untouched):
/// CAMHS refers a child known only by NHS number; the DSR coordinator adds the child at green at the DSR meeting; the LA
/// adds its child ID (the LA already had the child on the register, so the two entries become one) and the entry links
/// to the child's SSDA903 episodes; the rating moves amber, red with a CETR, and back; the regional figures count the
/// child once. Refusals (invalid NHS number, duplicate referral, a child outside the footprint) change nothing.
/// </summary>
[Collection(WholeSystemRegisterCollection.Name)]
public sealed class WholeSystemRegisterTests(WebFixture web)
{
    private const string Nhs = "999 000 0018";
    private static readonly string ChildId = SeededRegion.ChildId("302", 4);
    private static string InDays(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd");

    private long Count(string sql)
    {
        using var connection = web.App.Region.Store.OpenConnection();
        return connection.ExecuteScalar<long>(sql);
    }

    private async Task<IPage> SignInAsNewAsync(string name, string role, string organisation)
    {
        var password = new UserAccounts(web.App.Region.Store).Create(name, name, role, organisation);
        return await web.SignInAsync(name, password);
    }

    private static async Task ChangeRatingAsync(IPage page, string to, string reason)
    {
        await page.GetByLabel(to, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason for the change").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the rating" }).ClickAsync();
    }

    private static async Task FillReferralAsync(IPage page, string nhs)
    {
        await page.GotoAsync("/register/refer");
        await page.GetByLabel("The LA where the child lives").SelectOptionAsync(new SelectOptionValue { Label = "Barnet" });
        await page.GetByLabel("NHS number").FillAsync(nhs);
        await page.GetByLabel("Reason for the referral").FillAsync("Autistic; self-harm and two A&E attendances; not known to social care");
        await page.GetByLabel("Given by").FillAsync("parent");
        await page.GetByLabel("Basis").FillAsync("explicit consent");
    }

    [Fact]
    public async Task CAMHS_refers_the_coordinator_adds_the_LA_links_and_the_region_counts_the_child_once()
    {
        // The LA already has the child on its register, by its own child ID.
        var la = await web.SignInAsync(Roles.LaPractitioner);
        await la.GotoAsync("/register/add");
        await la.GetByLabel("Child ID").FillAsync(ChildId);
        await la.GetByLabel("Reason for the rating").FillAsync("Known to social care; family coping with support");
        await la.GetByLabel("Keyworker").FillAsync("Sam Keyworker");
        await la.GetByLabel("Given by").FillAsync("parent");
        await la.GetByLabel("Basis").FillAsync("explicit consent");
        await la.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        await la.WaitForURLAsync("**/register/entries/*?saved=added");
        var laEntry = la.Url.Split('?')[0];

        // CAMHS refers the child, known to health by NHS number only.
        var camhs = await SignInAsNewAsync("camhs.journey", Roles.HealthPractitioner, SeededRegister.NorthCentral);
        var referralsBefore = Count("SELECT COUNT(*) FROM dsr_referral");
        await FillReferralAsync(camhs, "999 000 0019");
        await camhs.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await Assertions.Expect(camhs.Locator(".error-summary")).ToContainTextAsync("modulus 11");
        Assert.Equal(referralsBefore, Count("SELECT COUNT(*) FROM dsr_referral"));

        await FillReferralAsync(camhs, Nhs);
        await camhs.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await camhs.WaitForURLAsync("**/register/referrals?saved=*");
        await Assertions.Expect(camhs.Locator(".notice")).ToContainTextAsync("was received");
        var reference = (await camhs.Locator("tbody th").First.InnerTextAsync()).Trim();
        Assert.StartsWith("REF-", reference);

        // The same child again (by either identifier) and a child outside the footprint are refused clearly; nothing is saved.
        await FillReferralAsync(camhs, "9990000018");
        await camhs.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await Assertions.Expect(camhs.Locator(".error-summary")).ToContainTextAsync("already referred");
        await FillReferralAsync(camhs, "9990000026");
        await camhs.EvaluateAsync("() => { const s = document.getElementById('La'); s.add(new Option('Croydon', '306')); s.value = '306'; }");
        await camhs.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await Assertions.Expect(camhs.Locator(".error-summary")).ToContainTextAsync("Croydon is in South West London ICS, outside your footprint");
        Assert.Equal(referralsBefore + 1, Count("SELECT COUNT(*) FROM dsr_referral"));
        await camhs.Context.CloseAsync();

        // The ICS's DSR coordinator adds the child at green at today's DSR meeting.
        var ics = await web.SignInAsync(Roles.IcsLead);
        await ics.GotoAsync("/register/meeting");
        var item = ics.Locator("section.decision", new() { HasText = reference });
        await item.GetByLabel("Add to the register").CheckAsync();
        await Assertions.Expect(item.GetByLabel("Green", new() { Exact = true })).ToBeCheckedAsync();
        await item.GetByLabel("Reason for the rating, or why the child was not added").FillAsync("Needs met with CAMHS and school support; keep on the pathway at green");
        await item.GetByRole(AriaRole.Button, new() { Name = $"Record the decision for {reference}" }).ClickAsync();
        await Assertions.Expect(ics.Locator(".notice")).ToContainTextAsync("at green");
        var added = ics.Locator("#decided-heading + ul li", new() { HasText = reference }).Locator("a");
        var healthEntry = new Uri(web.App.Address, await added.GetAttributeAsync("href")).ToString();
        await ics.Context.CloseAsync();

        // The LA adds its child ID: the two entries are one, linked to the child's SSDA903 episodes.
        await la.GotoAsync(healthEntry);
        await Assertions.Expect(la.Locator("#known-by")).ToHaveTextAsync("NHS number only");
        await la.GetByLabel("Your LA's child ID").FillAsync(ChildId);
        await la.GetByRole(AriaRole.Button, new() { Name = "Add the identifier" }).ClickAsync();
        await la.WaitForURLAsync("**saved=identity");
        await Assertions.Expect(la.Locator("#known-by")).ToHaveTextAsync("NHS number and the LA's child ID");
        await Assertions.Expect(la.Locator("#linked-returns")).ToContainTextAsync("SSDA903 episode");
        Assert.Contains("now one entry", await la.Locator("main").InnerTextAsync());
        Assert.Equal(403, (await la.GotoAsync(laEntry))!.Status);
        await la.GotoAsync(healthEntry);
        await la.GetByRole(AriaRole.Link, new() { Name = "See the child's episodes" }).ClickAsync();
        await la.WaitForURLAsync("**/children/*");
        Assert.Contains("Child's episodes of care", await la.Locator("h1").InnerTextAsync());

        // Amber, red with a CETR (its recommendation an action), and back to green.
        await la.GotoAsync(healthEntry);
        var rating = la.Locator("#current-rating");
        await ChangeRatingAsync(la, "Amber", "Excluded from school; crisis calls to CAMHS");
        await Assertions.Expect(rating).ToHaveTextAsync("Amber");
        await la.GetByLabel("Red", new() { Exact = true }).CheckAsync();
        await la.GetByLabel("CETR", new() { Exact = true }).CheckAsync();
        await la.GetByLabel("Meeting due on").FillAsync(InDays(7));
        await la.GetByLabel("Reason for the change").FillAsync("Risk of admission now");
        await la.GetByRole(AriaRole.Button, new() { Name = "Change the rating" }).ClickAsync();
        await Assertions.Expect(rating).ToHaveTextAsync("Red");
        await la.GetByLabel("Outcome").FillAsync("Community package agreed; admission avoided");
        await la.GetByLabel("Recommendation 1: what").FillAsync("Positive behaviour support plan");
        await la.GetByLabel("Recommendation 1: owner").FillAsync("CAMHS learning disability team");
        await la.GetByLabel("Recommendation 1: due on").FillAsync(InDays(21));
        await la.GetByRole(AriaRole.Button, new() { Name = "Record as held" }).ClickAsync();
        await la.WaitForURLAsync("**saved=meeting");
        Assert.Contains("Positive behaviour support plan (CETR/LAEP recommendation)", await la.Locator("main").InnerTextAsync());
        await ChangeRatingAsync(la, "Amber", "CETR held; plan working");
        await Assertions.Expect(rating).ToHaveTextAsync("Amber");
        await ChangeRatingAsync(la, "Green", "Back in school; family coping");
        await Assertions.Expect(rating).ToHaveTextAsync("Green");
        await la.Context.CloseAsync();

        // One entry for the child; the region's figure is the protected count of the footprint's green children, each once.
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM dsr_entry WHERE nhs_pseudonym IS NOT NULL AND child_pseudonym = '{web.App.Region.Store.Pseudonymiser.Pseudonymise("302", ChildId)}'"));
        List<(string La, string Pseudonym)> green;
        using (var connection = web.App.Region.Store.OpenConnection())
            green = connection.Query<(string, string)>(
                "SELECT la, pseudonym FROM dsr_entry WHERE footprint = @f AND rating = 'green' AND consent_withdrawn_on IS NULL AND exited_on IS NULL",
                new { f = SeededRegister.NorthCentral }).ToList();
        Assert.Equal(SeededRegister.Seeded[(SeededRegister.NorthCentral, JoinedUp.Register.Ratings.RagRating.Green)] + 1, green.Count);
        var keys = new RecordKeys(RecordKeySecret.For(web.App.Region.Store));
        var expected = ProtectedTable.Count(["row"], ["green"], green.Select(g => new Keyed(g.La, keys.Of(g.Pseudonym))), _ => "row", _ => "green", DisclosureControl.Protected);
        var regional = await web.SignInAsync(Roles.RegionalAnalyst);
        await regional.GotoAsync("/register/regional");
        var cells = await regional.Locator("#current-table tbody tr", new() { HasText = SeededRegister.NorthCentral }).Locator("td").AllInnerTextsAsync();
        Assert.Equal(expected.Cells[0][0].ToString(), cells[0].Trim());
        Assert.Equal(200, (await regional.GotoAsync("/register/icb?footprint=" + Uri.EscapeDataString(SeededRegister.NorthCentral)))!.Status);
        await Assertions.Expect(regional.Locator("#icb-area")).ToHaveTextAsync(SeededRegister.NorthCentral);
        var csv = await regional.APIRequest.GetAsync("/register/icb/export.csv?table=on-register&footprint=" + Uri.EscapeDataString(SeededRegister.NorthCentral));
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("Month,green,amber,red,Total", (await csv.TextAsync()).TrimStart('\uFEFF'));
        await regional.Context.CloseAsync();
    }

    private sealed record Keyed(string LaCode, byte RecordKey) : IKeyedRecord;
}
