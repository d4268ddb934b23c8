using System.Text.RegularExpressions;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// The app configured for an Entra ID-style provider (roles claim and organisation claim mapped to JoinedUp roles
/// and organisations) and the test's own provider on 127.0.0.1; each sign-in goes through the real browser.
/// </summary>
public sealed class OpenIdConnectFixture : IAsyncLifetime
{
    /// <summary>Entra ID app roles and a group object ID, as a region's tenant might name them.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleMap = new Dictionary<string, string>
    {
        ["JoinedUp.LaAnalyst"] = Roles.LaAnalyst,
        ["JoinedUp.Regional"] = Roles.RegionalAnalyst,
        ["6f1c2a9e-0d7b-4b3a-9c55-2f0e8e0c1d11"] = Roles.IcsLead,
    };

    public SeededRegion Region { get; } = new();
    public Support.Browser Browser { get; } = new();
    public TestOpenIdProvider Provider { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    /// <summary>The same store served with the provider but no role claim: a JoinedUp account of the same user name decides.</summary>
    public WebApplication AccountApp { get; private set; } = null!;
    public Uri AccountAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestOpenIdProvider.StartAsync();
        App = JoinedUpWebApp.Build(Region.Store, new WebOptions
        {
            Port = 0,
            OpenIdConnect = new OpenIdConnectSettings(Provider.Authority, TestOpenIdProvider.ClientId, TestOpenIdProvider.ClientSecret)
            {
                RoleClaim = TestOpenIdProvider.RolesClaim,
                RoleMap = RoleMap,
                OrganisationClaim = TestOpenIdProvider.OrganisationClaim,
                RequireHttpsMetadata = false,
            },
        });
        await App.StartAsync();
        Address = JoinedUpWebApp.Address(App);
        AccountApp = JoinedUpWebApp.Build(Region.Store, new WebOptions
        {
            Port = 0,
            OpenIdConnect = new OpenIdConnectSettings(Provider.Authority, TestOpenIdProvider.ClientId, TestOpenIdProvider.ClientSecret) { RequireHttpsMetadata = false },
        });
        await AccountApp.StartAsync();
        AccountAddress = JoinedUpWebApp.Address(AccountApp);
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.StopAsync();
        await App.DisposeAsync();
        await AccountApp.StopAsync();
        await AccountApp.DisposeAsync();
        await Provider.DisposeAsync();
        Region.Dispose();
    }

    /// <summary>Signs in as <paramref name="identity"/> through the sign-in page's organisation button; returns the page where it ended.</summary>
    public async Task<IPage> SignInThroughProviderAsync(TestIdentity identity, Uri? app = null)
    {
        var address = app ?? Address;
        Provider.Identity = identity;
        var context = await Browser.NewContextAsync(address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your organisation's account" }).ClickAsync();
        // Back at JoinedUp from the provider: not the sign-in page the link was clicked on, nor a step on the way.
        await page.WaitForURLAsync(url => url.StartsWith(address.ToString(), StringComparison.Ordinal) && !url.EndsWith("/sign-in", StringComparison.Ordinal)
            && !url.Contains("/sign-in/organisation") && !url.Contains("/signin-oidc"));
        return page;
    }
}

public sealed class OpenIdConnectTests(OpenIdConnectFixture oidc) : IClassFixture<OpenIdConnectFixture>
{
    [Fact]
    public async Task An_la_analyst_from_the_provider_signs_in_with_the_mapped_role_and_organisation_and_sees_what_it_allows()
    {
        var tokensBefore = oidc.Provider.TokensIssued;
        var page = await oidc.SignInThroughProviderAsync(new TestIdentity("Alex.Analyst@barnet.example", "Alex Analyst", ["JoinedUp.LaAnalyst", "Staff"], "302"));
        Assert.Equal(oidc.Address + "", page.Url);
        Assert.Equal(tokensBefore + 1, oidc.Provider.TokensIssued);
        var home = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"You are signed in as {Roles.Describe(Roles.LaAnalyst)} for Barnet", home);

        Assert.Equal(200, (await page.GotoAsync("/uploads"))!.Status);
        Assert.Equal(200, (await page.GotoAsync("/register"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/admin/users"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/register/regional"))!.Status);

        var account = new UserAccounts(oidc.Region.Store).Find("alex.analyst@barnet.example");
        Assert.NotNull(account);
        Assert.Equal((Roles.LaAnalyst, "302"), (account.Role, account.Organisation));
        Assert.Contains(new AuditLog(oidc.Region.Store).Search(userName: "alex.analyst@barnet.example", action: "sign-in.oidc"), e => e.Outcome == AuditLog.Allowed);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_regional_analyst_and_an_ics_lead_by_group_get_their_own_scope()
    {
        var regional = await oidc.SignInThroughProviderAsync(new TestIdentity("robin.regional@london.example", "Robin Regional", ["JoinedUp.Regional"], null));
        Assert.Contains($"You are signed in as {Roles.Describe(Roles.RegionalAnalyst)} for London", await regional.Locator("main").InnerTextAsync());
        Assert.Equal(200, (await regional.GotoAsync("/register/regional"))!.Status);
        Assert.Equal(403, (await regional.GotoAsync("/uploads"))!.Status);
        await regional.Context.CloseAsync();

        var ics = await oidc.SignInThroughProviderAsync(new TestIdentity("ira.ics@ncl.example", "Ira ICS", ["6f1c2a9e-0d7b-4b3a-9c55-2f0e8e0c1d11"], "North Central London ICS"));
        Assert.Contains("North Central London ICS", await ics.Locator("main").InnerTextAsync());
        await ics.GotoAsync("/dashboard/looked-after?year=2024");
        var table = await ics.Locator("table").First.InnerTextAsync();
        Assert.Contains("Barnet", table);
        Assert.DoesNotContain("Croydon", table);
        await ics.Context.CloseAsync();
    }

    [Theory]
    [InlineData("no-role", "has not given you a JoinedUp role")]
    [InlineData("wrong-organisation", "not one JoinedUp knows for your role")]
    [InlineData("two-roles", "more than one JoinedUp role")]
    public async Task An_unmapped_identity_is_refused_with_a_clear_page_and_no_session(string kind, string message)
    {
        var identity = kind switch
        {
            "no-role" => new TestIdentity($"{kind}@example.org", "Unmapped", ["Finance.Reader"], "302"),
            "wrong-organisation" => new TestIdentity($"{kind}@example.org", "Elsewhere", ["JoinedUp.LaAnalyst"], "999"),
            _ => new TestIdentity($"{kind}@example.org", "Twice", ["JoinedUp.LaAnalyst", "JoinedUp.Regional"], "302"),
        };
        var page = await oidc.SignInThroughProviderAsync(identity);
        Assert.Contains("/sign-in/refused", page.Url);
        Assert.Equal("You cannot sign in to JoinedUp", await page.Locator("h1").InnerTextAsync());
        Assert.Contains(message, await page.Locator("main").InnerTextAsync());

        await page.GotoAsync("/register");
        Assert.Matches(new Regex("/sign-in\\?"), page.Url);
        Assert.Null(new UserAccounts(oidc.Region.Store).Find(identity.UserName));
        Assert.Contains(new AuditLog(oidc.Region.Store).Search(userName: identity.UserName, action: "sign-in.oidc"), e => e.Outcome == AuditLog.Denied);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_disabled_account_is_refused_even_when_the_provider_vouches_for_it()
    {
        var identity = new TestIdentity("dana.disabled@barnet.example", "Dana", ["JoinedUp.LaAnalyst"], "302");
        var first = await oidc.SignInThroughProviderAsync(identity);
        Assert.Equal(oidc.Address + "", first.Url);
        await first.Context.CloseAsync();

        new UserAccounts(oidc.Region.Store).SetDisabled("dana.disabled@barnet.example", true);
        var page = await oidc.SignInThroughProviderAsync(identity);
        Assert.Contains("/sign-in/refused", page.Url);
        Assert.Contains("Your JoinedUp account is disabled", await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_a_role_claim_the_joinedup_account_of_the_same_name_decides_and_a_stranger_is_refused()
    {
        new UserAccounts(oidc.Region.Store).Create("dee.director@london.example", "Dee Director", Roles.Director, "London");
        // The provider's roles are ignored here: the account says director.
        var page = await oidc.SignInThroughProviderAsync(new TestIdentity("Dee.Director@london.example", "Dee", ["JoinedUp.LaAnalyst"], "302"), oidc.AccountAddress);
        Assert.Equal(oidc.AccountAddress + "", page.Url);
        Assert.Contains($"You are signed in as {Roles.Describe(Roles.Director)} for London", await page.Locator("main").InnerTextAsync());
        Assert.Equal(403, (await page.GotoAsync("/uploads"))!.Status);
        await page.Context.CloseAsync();

        var stranger = await oidc.SignInThroughProviderAsync(new TestIdentity("stranger@example.org", "Stranger", ["JoinedUp.Regional"], null), oidc.AccountAddress);
        Assert.Contains("/sign-in/refused", stranger.Url);
        Assert.Contains("You have no JoinedUp account", await stranger.Locator("main").InnerTextAsync());
        Assert.Null(new UserAccounts(oidc.Region.Store).Find("stranger@example.org"));
        await stranger.Context.CloseAsync();
    }
}
