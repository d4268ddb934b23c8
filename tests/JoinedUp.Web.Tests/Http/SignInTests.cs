using System.Net;
using System.Text.RegularExpressions;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>The app over plain HTTP: health, antiforgery, lockout, cookies.</summary>
public sealed partial class SignInTests : IAsyncLifetime
{
    private readonly RunningApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _app.Address };

    [Fact]
    public async Task Healthz_answers_once_the_store_is_reachable()
    {
        var response = await Client().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_carries_an_antiforgery_token_and_a_post_without_it_is_refused()
    {
        var client = Client();
        var page = await client.GetAsync("/sign-in");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Matches(Token(), html);
        var post = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "analyst", ["password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        var user = _app.UserFor(Roles.Director);
        for (var i = 0; i < UserAccounts.MaxFailedSignIns; i++)
            Assert.NotEqual(HttpStatusCode.Redirect, (await SignIn(user.UserName, "wrong-password")).StatusCode);
        var locked = await SignIn(user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_right_password_gives_a_secure_http_only_session_cookie()
    {
        var user = _app.UserFor(Roles.RegionalAnalyst);
        var response = await SignIn(user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("joinedup.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_need_a_sign_in()
    {
        var response = await Client().GetAsync("/dashboard/looked-after");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/api/dashboard/looked-after")).StatusCode);
    }

    private async Task<HttpResponseMessage> SignIn(string userName, string password)
    {
        var client = Client();
        var page = await client.GetAsync("/sign-in");
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html).Groups[1].Value;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
