using System.Net;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Npgsql;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// PostgreSQL stopping under `serve`: data pages (cached ones too) and sign-in answer 503 with a page saying the store
/// cannot be reached, not a 500 with an empty body, and the app serves again by itself once PostgreSQL is back.
/// </summary>
public sealed class StoreOutageTests
{
    private const string Dashboard = "/dashboard/looked-after";

    [PostgresFact(PrivateCluster = true)]
    public async Task Pages_and_sign_in_answer_503_while_the_store_is_stopped_and_recover_when_it_returns()
    {
        using var cluster = new PrivatePostgres();
        using var store = RegionalStore.Open(StoreLocation.Parse(cluster.ConnectionString, "."), key: TestStore.PostgresKey);
        SeededRegion.Seed(store, "302", 2024, 30);
        var users = DemoUsers.Create(store, Regions.London);
        var analyst = users.Single(u => u.Role == Roles.LaAnalyst);
        var regional = users.Single(u => u.Role == Roles.RegionalAnalyst);
        var app = JoinedUpWebApp.Build(store, new WebOptions { Port = 0 });
        await app.StartAsync();
        try
        {
            var address = JoinedUpWebApp.Address(app);
            var (client, _) = await SignedInClient.SignInAsync(address, analyst);
            using var signedIn = client;
            Assert.Equal(HttpStatusCode.OK, (await signedIn.Http.GetAsync(Dashboard)).StatusCode);
            // Signing in needs the form's token, fetched while the store is up.
            using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address };
            var signInPage = await stranger.GetStringAsync("/sign-in");
            var token = System.Text.RegularExpressions.Regex.Match(signInPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

            cluster.Stop();

            foreach (var path in new[] { Dashboard, Dashboard, "/" })
            {
                var response = await signedIn.Http.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path} answered {(int)response.StatusCode}: {body}");
                Assert.Contains("<h1>The data store cannot be reached</h1>", body);
                Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            }
            var signIn = await stranger.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = regional.UserName,
                ["password"] = regional.Password,
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            Assert.Contains("The data store cannot be reached", await signIn.Content.ReadAsStringAsync());

            cluster.Start();
            // Connections broken by the stop are dropped as they are found; within a few requests the page is served again.
            HttpStatusCode status = default;
            for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
                status = (await signedIn.Http.GetAsync(Dashboard)).StatusCode;
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }
}
