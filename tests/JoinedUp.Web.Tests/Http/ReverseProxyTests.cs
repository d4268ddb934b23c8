using System.Net;
using JoinedUp.Web.Hosting;
using JoinedUp.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// Behind a TLS-terminating reverse proxy: a request forwarded by a configured proxy (here 127.0.0.1, sending
/// X-Forwarded-Proto: https) is HTTPS to the app, so its cookies are Secure and HSTS is sent; the same headers from an
/// address that is not a configured proxy are ignored.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private readonly SeededRegion _region = new();
    private WebApplication _behindProxy = null!;
    private WebApplication _otherProxy = null!;

    public async Task InitializeAsync()
    {
        _behindProxy = JoinedUpWebApp.Build(_region.Store, new WebOptions { Port = 0, Proxies = [ProxyNetwork.Parse("127.0.0.1")] });
        _otherProxy = JoinedUpWebApp.Build(_region.Store, new WebOptions { Port = 0, Proxies = [ProxyNetwork.Parse("10.9.8.0/24")] });
        await _behindProxy.StartAsync();
        await _otherProxy.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _behindProxy.StopAsync();
        await _otherProxy.StopAsync();
        await _behindProxy.DisposeAsync();
        await _otherProxy.DisposeAsync();
        _region.Dispose();
    }

    private static async Task<HttpResponseMessage> SignInPageThroughProxy(WebApplication app)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = JoinedUpWebApp.Address(app) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("joinedup.antiforgery=", StringComparison.Ordinal));

    [Fact]
    public async Task Through_a_configured_proxy_that_says_https_cookies_are_secure_and_hsts_is_sent()
    {
        var response = await SignInPageThroughProxy(_behindProxy);
        Assert.Contains("secure", AntiforgeryCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no Strict-Transport-Security header");
        Assert.Contains("max-age=31536000", hsts.Single());
    }

    [Fact]
    public async Task The_same_headers_from_an_address_that_is_not_a_configured_proxy_are_ignored()
    {
        var response = await SignInPageThroughProxy(_otherProxy);
        Assert.DoesNotContain("secure", AntiforgeryCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("0.0.0.0:8080", "0.0.0.0", 8080)]
    [InlineData("[::]:8080", "::", 8080)]
    [InlineData("127.0.0.1", "127.0.0.1", 5080)]
    [InlineData("::1", "::1", 5080)]
    public void Listen_takes_an_address_and_an_optional_port(string value, string address, int port) =>
        Assert.Equal(new IPEndPoint(IPAddress.Parse(address), port), ListenAddress.Parse(value, 5080));

    [Theory]
    [InlineData("example.org:80")]
    [InlineData("0.0.0.0:99999")]
    public void Listen_refuses_what_is_not_an_ip_address_with_a_clear_message(string value) =>
        Assert.Contains("is not an IP address", Assert.Throws<ArgumentException>(() => ListenAddress.Parse(value, 5080)).Message);
}
