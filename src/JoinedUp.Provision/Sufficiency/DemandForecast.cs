using JoinedUp.Forecast;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Provision.Map;
using JoinedUp.Store;
using JoinedUp.Store.Reading;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>
/// Where the forecasting work fits: the stock-and-flow forecast (src/JoinedUp.Forecast, default configuration) of the
/// area's LAs from 31 March, as the growth of children in each placement category over the coming years, applied to
/// the snapshot's demand for the settings of that category (children's homes and residential special schools are
/// "residential", secure children's homes "secure").
/// </summary>
public static class DemandForecast
{
    /// <summary>The forecast's category for each kind of setting.</summary>
    public static string CategoryOf(string establishmentType) => establishmentType == EstablishmentType.SecureChildrensHome ? "secure" : "residential";

    /// <summary>
    /// Forecast children in each category <paramref name="years"/> years after 31 March of <paramref name="year"/>, over
    /// those on that day; null when the store's SSDA903 returns cannot support a forecast from that date.
    /// </summary>
    public static IReadOnlyDictionary<string, double>? Growth(RegionalStore store, IReadOnlyList<string> laCodes, int year, int years)
    {
        var (latestByLa, firstYear) = store.ReturnYearsWithEpisodes(laCodes);
        if (firstYear is null) return null;
        var start = new DateOnly(year, 3, 31);
        try
        {
            var result = Forecaster.Run(CareHistory.BuildByChild(store.LoadedEpisodesByChild(laCodes), latestByLa), ForecastConfiguration.Default(),
                new ForecastRequest { Area = string.Join("+", laCodes), LaCodes = laCodes, Start = start, Years = years });
            var first = result.Points[0];
            var last = result.Points.FirstOrDefault(p => p.Date >= start.AddYears(years)) ?? result.Points[^1];
            double InCategory(Forecast.Results.ForecastPoint p, string category) =>
                p.States.Where(s => s.Key.EndsWith(" " + category, StringComparison.Ordinal)).Sum(s => s.Value);
            return new[] { "residential", "secure" }.ToDictionary(c => c, c => InCategory(first, c) > 0 ? InCategory(last, c) / InCategory(first, c) : 1.0);
        }
        catch (Exception e) when (e is ArgumentException or ForecastConfigurationException or InvalidOperationException)
        {
            return null;
        }
    }
}
