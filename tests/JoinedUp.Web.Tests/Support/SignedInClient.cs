using System.Net;
using System.Text.RegularExpressions;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Tests.Support;

/// <summary>A plain HTTP client signed in as one demo user, keeping its cookies as a browser would, that reads each form's antiforgery token.</summary>
public sealed partial class SignedInClient : IDisposable
{
    private SignedInClient(HttpClient client) => Http = client;

    public HttpClient Http { get; }

    public static async Task<SignedInClient> SignInAsync(RunningApp app, string role)
    {
        var user = app.UserFor(role);
        var (client, chosen) = await SignInAsync(app.Address, user);
        if (chosen is not null) app.PasswordChanged(user.UserName, chosen);
        return client;
    }

    /// <summary>Signs <paramref name="user"/> in to the app at <paramref name="address"/>; gives the password they chose if theirs was a one-time password.</summary>
    public static async Task<(SignedInClient Client, string? Chosen)> SignInAsync(Uri address, DemoUser user)
    {
        var role = user.Role;
        string? chosenPassword = null;
        var client = new SignedInClient(new HttpClient(new CookieJar()) { BaseAddress = address });
        var token = await client.TokenAsync("/sign-in");
        var response = await client.Http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user.UserName,
            ["password"] = user.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {role} answered {response.StatusCode}.");
        if (response.Headers.Location?.ToString().Contains("/account/password", StringComparison.Ordinal) == true)
        {
            // A one-time password: choose the user's own first, as a person must, and remember it for later sign-ins.
            var chosen = WebFixture.ChosenPassword(user.UserName);
            var changed = await client.PostFormAsync("/account/password", new Dictionary<string, string>
            {
                ["currentPassword"] = user.Password,
                ["newPassword"] = chosen,
                ["confirmPassword"] = chosen,
            });
            if (changed.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Choosing a password as {role} answered {changed.StatusCode}.");
            chosenPassword = chosen;
        }
        return (client, chosenPassword);
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await Http.GetStringAsync(path);
        return Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>Posts form fields with the page's own antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? path);
        return await Http.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Posts files (name, content) and fields as multipart/form-data with the page's own antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFilesAsync(string path, string field, IEnumerable<(string Name, byte[] Content)> files, IEnumerable<KeyValuePair<string, string>>? fields = null, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? path.Split('?')[0]);
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields ?? []) content.Add(new StringContent(value), key);
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), field, name);
        return await Http.PostAsync(path, content);
    }

    public void Dispose() => Http.Dispose();

    /// <summary>
    /// Keeps cookies by name as a browser does on http://127.0.0.1 (a secure context, so Secure cookies are sent, which
    /// .NET's CookieContainer would not do over plain HTTP).
    /// </summary>
    private sealed class CookieJar() : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
                if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
                lock (_cookies)
                    foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)).Where(p => p.Length == 2))
                        if (pair[1].Length == 0) _cookies.Remove(pair[0]);
                        else _cookies[pair[0]] = pair[1];
            return response;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
