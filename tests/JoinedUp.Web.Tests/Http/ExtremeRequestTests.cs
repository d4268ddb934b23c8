using System.Net;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>Forecasts and regional figures asked for with dates at the ends of the calendar, and forecasts asked for many at once.</summary>
[Collection(HostileRequestsCollection.Name)]
public sealed class ExtremeRequestTests(SmallUploadsApp fixture)
{
    private RunningApp App => fixture.App;

    [Theory]
    [InlineData("/forecast?area=region&start=0001-01-01", "Enter a start date from ")]
    [InlineData("/forecast?area=region&start=9999-12-01", "Enter a start date from ")]
    [InlineData("/forecast?area=region&name=Fewer&entry=-10&from=9999-12-01", "Enter the date the scenario starts from between")]
    [InlineData("/forecast/export.csv?area=region&start=0001-01-01", "Enter a start date from ")]
    [InlineData("/forecast/export.xlsx?area=region&start=9999-12-01", "Enter a start date from ")]
    [InlineData("/register/regional?from=0001-01&to=0001-12", "Enter months from 2000-01 to 2100-12")]
    [InlineData("/register/regional?from=9999-01&to=9999-12", "Enter months from 2000-01 to 2100-12")]
    [InlineData("/register/regional/export.csv?from=0001-01&to=9999-12", "Enter months from 2000-01 to 2100-12")]
    public async Task Dates_at_the_ends_of_the_calendar_answer_400_with_a_message(string path, string message)
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.RegionalAnalyst);
        var response = await client.Http.GetAsync(path);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        Assert.Contains(message, body);
    }

    [Fact]
    public async Task One_user_runs_one_new_forecast_at_a_time_and_the_others_get_429_with_a_message()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.Director);
        var userName = App.UserFor(Roles.Director).UserName;
        var made = await client.Http.GetAsync("/forecast?area=region&years=10&name=Made&entry=1");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);

        // While one of this user's forecasts is being worked out, a new one is refused, and one already made is served.
        using (App.App.Services.GetRequiredService<OneForecastPerUser>().Enter(userName))
        {
            var refused = await client.Http.GetAsync("/forecast?area=region&years=10&bands=on&name=Waiting&entry=2");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("Another forecast you asked for is still being worked out", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
            var export = await client.Http.GetAsync("/forecast/export.csv?area=region&years=10&bands=on&name=Waiting&entry=2");
            Assert.Equal(HttpStatusCode.TooManyRequests, export.StatusCode);
            var served = await client.Http.GetAsync("/forecast?area=region&years=10&name=Made&entry=1");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        // Six never asked for before, all at once: each is either made or refused with the message, never an error.
        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            client.Http.GetAsync($"/forecast?area=region&years=10&bands=on&name=Parallel{i}&entry={i}")));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(Enumerable.Range(0, responses.Length).Where(i => responses[i].StatusCode == HttpStatusCode.TooManyRequests),
            i => Assert.Contains("Another forecast you asked for is still being worked out", WebUtility.HtmlDecode(bodies[i])));

        // Once the slot is free the same forecast is made.
        var again = await client.Http.GetAsync("/forecast?area=region&years=10&bands=on&name=Waiting&entry=2");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
