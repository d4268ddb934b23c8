using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>axe-core in the same Chromium: no serious or critical violation on any page.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebFixture web)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "", "/sign-in" },
        { Roles.RegionalAnalyst, "/" },
        { Roles.RegionalAnalyst, "/dashboard/looked-after" },
        { Roles.RegionalAnalyst, "/dashboard/stability" },
        { Roles.RegionalAnalyst, "/dashboard/out-of-area" },
        { Roles.RegionalAnalyst, "/dashboard/looked-after?year=2024&sex=Female" },
        { Roles.IcsLead, "/dashboard/looked-after" },
        { Roles.LaAnalyst, "/children/find" },
        { Roles.LaAnalyst, "/uploads" },
        { Roles.LaAnalyst, "/children/CHILD" },
        { Roles.Administrator, "/admin/users" },
        { Roles.RegionalAnalyst, "/account/password" },
        { Roles.Administrator, "/admin/audit" },
        { Roles.Administrator, "/dashboard/looked-after" },
        { Roles.LaPractitioner, "/" },
        { Roles.LaPractitioner, "/register" },
        { Roles.LaPractitioner, "/register/add" },
        { Roles.LaPractitioner, "/register/import" },
        { Roles.LaPractitioner, "/register/entries/BARNET" },
        { Roles.IcsLead, "/register" },
        { Roles.IcsLead, "/register/entries/BARNET" },
        { Roles.RegionalAnalyst, "/register/regional" },
        { Roles.RegionalAnalyst, "/dashboard/high-cost" },
        { Roles.RegionalAnalyst, "/dashboard/ehc-plans" },
        { Roles.RegionalAnalyst, "/linkage" },
        { Roles.LaAnalyst, "/linkage" },
        { Roles.RegionalAnalyst, "/forecast" },
        { Roles.RegionalAnalyst, "/forecast?area=region&years=2&bands=on&name=Costs&cost=10" },
        { Roles.RegionalAnalyst, "/forecast?area=region&start=0001-01-01" },
        { Roles.RegionalAnalyst, "/register/regional?from=0001-01&to=0001-12" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_violations(string role, string path)
    {
        if (path == "/children/CHILD") path = "/children/" + web.App.Region.Store.Pseudonymiser.Pseudonymise("302", SeededRegion.ChildId("302", 2));
        if (path.EndsWith("/BARNET", StringComparison.Ordinal)) path = path.Replace("BARNET", web.App.RegisterEntries.Barnet.ToString());
        Microsoft.Playwright.IPage page;
        if (role == "")
        {
            var context = await web.Browser.NewContextAsync(web.App.Address);
            page = await context.NewPageAsync();
        }
        else page = await web.SignInAsync(role);
        await page.GotoAsync(path);
        var violations = await Axe.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, path + ": " + string.Join("; ", violations));
    }
}
