using System.Globalization;
using JoinedUp.Forecast.History;
using JoinedUp.Store.Reading;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// A forecast for a small area started a day apart must not give away the day's entries and exits: the children in care
/// on the start date are published through the disclosure control for anyone but the area's own LA.
/// </summary>
[Collection(SyntheticLondonCollection.Name)]
public sealed class ForecastStartTests(SyntheticLondonApp london)
{
    [Fact]
    public async Task The_children_in_care_at_the_start_of_a_small_areas_forecast_are_protected()
    {
        var history = CareHistory.Build(london.Store.LoadedEpisodes()).ForLocalAuthority("201");
        var client = await london.SignedInAsync(Roles.RegionalAnalyst);
        var changed = 0;
        for (var day = 0; day < 12; day++)
        {
            var start = new DateOnly(2023, 6, 1).AddDays(7 * day);
            var truth = history.CountInCare(start);
            var csv = await (await client.GetAsync($"/forecast/export.csv?area=201&years=1&start={start:yyyy-MM-dd}")).TextAsync();
            var first = csv.Split("\r\n")[1].Split(',');
            Assert.Equal(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first[0]);
            var shown = double.Parse(first[1], CultureInfo.InvariantCulture);
            Assert.False(shown is >= 1 and <= 4, $"{start}: {shown} children shown");
            if (truth is >= 1 and <= 4) Assert.Contains(shown, new double[] { 0, 5 });
            else Assert.InRange(shown, Math.Max(0, truth - 3), truth + 3);
            if (shown != truth) changed++;
        }
        Assert.True(changed > 0, "the start of every forecast was shown exactly");
    }
}
