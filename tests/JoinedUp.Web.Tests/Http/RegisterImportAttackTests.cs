using System.Net;
using System.Text;
using JoinedUp.Domain.Geography;
using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// The register's spreadsheet import and add page against hostile files and curious users, over plain HTTP: a zip bomb,
/// a file too long to hold, and rows that would tell a user about children outside their scope.
/// </summary>
[Collection(HostileRequestsCollection.Name)]
public sealed class RegisterImportAttackTests(SmallUploadsApp fixture)
{
    private const string Headings = "Child ID,LA,RAG rating,Reason for rating,Consent given by,Consent date,Consent basis";

    private RunningApp App => fixture.App;

    [Fact]
    public async Task A_register_workbook_that_expands_a_thousandfold_is_refused_before_it_is_read()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.LaPractitioner);
        var bomb = HandMadeWorkbook.Bytes(
            [Headings.Split(','), ["BOMB-1", "302", "green", "Seen", "parent", "05/01/2026", "explicit consent"]], paddingMegabytes: 12);
        Assert.True(bomb.Length < 100 * 1024, $"the bomb should be small on the wire ({bomb.Length} bytes)");

        var response = await client.PostFilesAsync("/register/import?handler=Preview", "file", [("register.xlsx", bomb)], tokenFrom: "/register/import");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("JU-FILE-EXPANDS", html);
        Assert.Contains("more than 100 to 1", html);
        Assert.Contains("0 rows can be added", html);
    }

    [Fact]
    public async Task A_register_file_over_the_row_limit_is_refused_with_the_limit_and_nothing_is_kept()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.LaPractitioner);
        var csv = new StringBuilder(Headings + "\n");
        for (var i = 0; i < 5001; i++) csv.Append($"LONG-{i},302,green,Seen,parent,05/01/2026,explicit consent\n");

        var response = await client.PostFilesAsync("/register/import?handler=Preview", "file", [("register.csv", Encoding.UTF8.GetBytes(csv.ToString()))], tokenFrom: "/register/import");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 2000)]);
        Assert.Contains("more than 5,000 children", html);
        Assert.Contains("Split the file", html);
        Assert.Contains("0 rows can be added", html);
        Assert.DoesNotContain("Add these", html);
    }

    [Fact]
    public async Task Previewing_a_row_of_another_LA_says_only_that_it_is_outside_scope()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.LaPractitioner);
        // DSR-SEED-306-0 is on the register for Croydon; the practitioner works for Barnet.
        var csv = Headings + "\nDSR-SEED-306-0,306,green,Seen,parent,05/01/2026,explicit consent\n";

        var response = await client.PostFilesAsync("/register/import?handler=Preview", "file", [("register.csv", Encoding.UTF8.GetBytes(csv))], tokenFrom: "/register/import");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Croydon is outside your scope", html);
        Assert.DoesNotContain("already on the register", html);
        Assert.DoesNotContain("DSR-0", html);
    }

    [Fact]
    public async Task An_ICS_lead_is_told_only_outside_scope_for_a_child_whose_consent_was_withdrawn_when_adding_or_importing()
    {
        // The LA withdraws consent for one Barnet child: from then on the ICS lead may not know the child is on the register.
        var register = new DynamicSupportRegister(App.Region.Store, Regions.London);
        var la = RegisterUser.FromWebRole("seed-302", "la-practitioner", "302");
        var entry = register.GetEntry(la, App.RegisterEntries.Barnet);
        register.WithdrawConsent(la, entry.Id, entry.Version, new DateOnly(2026, 2, 1), "family withdrew consent");
        const string childId = "DSR-SEED-302-9";

        using var client = await SignedInClient.SignInAsync(App, Roles.IcsLead);
        var added = await client.PostFormAsync("/register/add", new Dictionary<string, string>
        {
            ["La"] = "302",
            ["ChildId"] = childId,
            ["Rating"] = "green",
            ["Reason"] = "Referred by the school nurse",
            ["ConsentGivenBy"] = "parent",
            ["ConsentGivenOn"] = "2026-03-01",
            ["ConsentBasis"] = "explicit consent",
        });
        var addHtml = WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("outside your scope", addHtml);
        Assert.DoesNotContain("already on the register", addHtml);
        Assert.DoesNotContain("DSR-0", addHtml);
        using (var admin = await SignedInClient.SignInAsync(App, Roles.Administrator))
        {
            var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit?action=dsr.entry.add&outcome=denied"));
            Assert.Contains("a child the user may not see", audit);
        }

        var csv = Headings + $"\n{childId},302,green,Seen,parent,05/01/2026,explicit consent\n";
        var preview = await client.PostFilesAsync("/register/import?handler=Preview", "file", [("register.csv", Encoding.UTF8.GetBytes(csv))], tokenFrom: "/register/import");
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("outside your scope", previewHtml);
        Assert.DoesNotContain("already on the register", previewHtml);
        Assert.DoesNotContain("DSR-0", previewHtml);
    }
}
