using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace JoinedUp.Web.Benchmarking;

/// <summary>
/// Concurrent signed-in users browsing the dashboard of a running JoinedUp (`joinedup bench web`). Each virtual user
/// signs in with its own session (accounts are used in turn), then requests dashboard pages with varied filters one
/// after another until the duration or the request budget is spent. Sign-in time is not counted in page times.
/// </summary>
public static partial class LoadTest
{
    private static readonly string[] Paths =
    [
        "/dashboard/looked-after",
        "/dashboard/stability",
        "/dashboard/out-of-area",
        "/dashboard/looked-after?sex=Female",
        "/dashboard/stability?age=10+to+15",
        "/dashboard/out-of-area?ethnicity=Black",
        "/dashboard/looked-after?need=N1&ethnicity=White",
    ];

    public static async Task<LoadTestResult> RunAsync(Uri baseAddress, IReadOnlyList<(string UserName, string Password)> accounts,
        int users = 50, TimeSpan? duration = null, int maxRequests = 20_000, CancellationToken cancellation = default)
    {
        if (accounts.Count == 0) throw new ArgumentException("Give at least one account to sign in with.", nameof(accounts));
        if (!baseAddress.IsLoopback) throw new ArgumentException("The load test only runs against 127.0.0.1.", nameof(baseAddress));
        var limit = duration ?? TimeSpan.FromSeconds(30);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = users + 4 };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // Each account signs in once first: one whose password was set for it chooses its own (as a person must) before the others use it.
        var passwords = accounts.ToArray();
        var sessions = new string[users];
        for (var i = 0; i < Math.Min(users, passwords.Length); i++)
            (sessions[i], passwords[i]) = await SignInAsync(client, passwords[i], cancellation);
        using (var signIns = new SemaphoreSlim(4))
            await Task.WhenAll(Enumerable.Range(passwords.Length, Math.Max(0, users - passwords.Length)).Select(async i =>
            {
                await signIns.WaitAsync(cancellation);
                try { sessions[i] = (await SignInAsync(client, passwords[i % passwords.Length], cancellation)).Session; }
                finally { signIns.Release(); }
            }));

        var times = new List<double>[users];
        var failures = 0;
        var budget = maxRequests;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async i =>
        {
            var mine = times[i] = [];
            var n = i;
            while (clock.Elapsed < limit && Interlocked.Decrement(ref budget) >= 0 && !cancellation.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, Paths[n++ % Paths.Length]);
                request.Headers.Add("Cookie", sessions[i]);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, cancellation);
                    await response.Content.ReadAsByteArrayAsync(cancellation);
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        clock.Stop();

        var all = times.SelectMany(t => t).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        return new LoadTestResult(users, all.Length, failures, clock.Elapsed, Percentile(0.50), Percentile(0.95), all.Length == 0 ? 0 : all[^1]);
    }

    private static async Task<(string Session, (string UserName, string Password) Account)> SignInAsync(HttpClient client,
        (string UserName, string Password) account, CancellationToken cancellation)
    {
        var (token, antiforgery) = await FormAsync(client, "/sign-in", null, cancellation);
        var response = await PostAsync(client, "/sign-in", antiforgery, new Dictionary<string, string>
        {
            ["userName"] = account.UserName,
            ["password"] = account.Password,
            ["__RequestVerificationToken"] = token,
        }, cancellation);
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
            throw new InvalidOperationException($"Signing in as {account.UserName} failed ({(int)response.StatusCode}).");
        var session = SessionCookie(cookies);
        if (response.Headers.Location?.OriginalString.StartsWith("/account/password", StringComparison.Ordinal) != true) return (session, account);

        var chosen = "load test " + Accounts.UserAccounts.NewPassword();
        var (changeToken, changeCookies) = await FormAsync(client, "/account/password", antiforgery + "; " + session, cancellation);
        var changed = await PostAsync(client, "/account/password", (changeCookies.Length > 0 ? changeCookies : antiforgery) + "; " + session, new Dictionary<string, string>
        {
            ["currentPassword"] = account.Password,
            ["newPassword"] = chosen,
            ["confirmPassword"] = chosen,
            ["__RequestVerificationToken"] = changeToken,
        }, cancellation);
        if (changed.StatusCode != HttpStatusCode.Redirect || !changed.Headers.TryGetValues("Set-Cookie", out var renewed))
            throw new InvalidOperationException($"Choosing a password for {account.UserName} failed ({(int)changed.StatusCode}).");
        return (SessionCookie(renewed), (account.UserName, chosen));
    }

    private static async Task<(string Token, string Cookies)> FormAsync(HttpClient client, string path, string? session, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (session is not null) request.Headers.Add("Cookie", string.Join("; ", session.Split("; ", StringSplitOptions.RemoveEmptyEntries)));
        using var page = await client.SendAsync(request, cancellation);
        var html = await page.Content.ReadAsStringAsync(cancellation);
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var set)
            ? string.Join("; ", set.Select(c => c.Split(';')[0]).Where(c => !c.StartsWith("joinedup.session=", StringComparison.Ordinal)))
            : "";
        return (Token().Match(html).Groups[1].Value, cookies);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string cookies, Dictionary<string, string> form, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", string.Join("; ", cookies.Split("; ", StringSplitOptions.RemoveEmptyEntries)));
        return await client.SendAsync(request, cancellation);
    }

    private static string SessionCookie(IEnumerable<string> cookies) =>
        string.Join("; ", cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith("joinedup.session=", StringComparison.Ordinal)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
