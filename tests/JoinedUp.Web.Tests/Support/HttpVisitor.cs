using System.Net;
using System.Text.RegularExpressions;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// Someone using the app over plain HTTP, as a script or an attacker would: keeps its own cookies (including ones it
/// was given, e.g. a session cookie copied from elsewhere), fetches a form's antiforgery token before posting it.
/// </summary>
public sealed partial class HttpVisitor(Uri address) : IDisposable
{
    public const string SessionCookie = "joinedup.session";

    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(3) };
    private readonly Dictionary<string, string> _cookies = [];

    public string? Cookie(string name) => _cookies.GetValueOrDefault(name);

    public void GiveCookie(string name, string value) => _cookies[name] = value;

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    /// <summary>Gets <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var page = await GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        if (!token.Success) throw new InvalidOperationException($"{formPage} answered {(int)page.StatusCode} with no form token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var request = new HttpRequestMessage(HttpMethod.Post, action ?? formPage) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request);
    }

    /// <summary>Posts the sign-in form; the response is the app's answer (302 on success).</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        PostFormAsync("/sign-in", new Dictionary<string, string> { ["userName"] = userName, ["password"] = password });

    /// <summary>Signs in and, when the app asks for a password of one's own, chooses one; returns the password that now works.</summary>
    public async Task<string> SignInAndChooseAsync(string userName, string password)
    {
        var response = await SignInAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (response.Headers.Location?.OriginalString.StartsWith("/account/password", StringComparison.Ordinal) != true) return password;
        var chosen = WebFixture.ChosenPassword(userName);
        var changed = await PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["currentPassword"] = password,
            ["newPassword"] = chosen,
            ["confirmPassword"] = chosen,
        });
        if (changed.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Choosing a password for {userName} answered {(int)changed.StatusCode}.");
        return chosen;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals], pair[(equals + 1)..]);
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                else _cookies[name] = value;
            }
        return response;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
