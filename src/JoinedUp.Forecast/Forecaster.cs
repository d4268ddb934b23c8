using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Model;
using JoinedUp.Forecast.Results;

namespace JoinedUp.Forecast;

/// <summary>The entry point for the command line and the web app: forecasts for an LA, a region, or each LA and the region.</summary>
public static class Forecaster
{
    /// <summary>Fits the model for the request's area and forecasts.</summary>
    public static ForecastResult Run(CareHistory history, ForecastConfiguration configuration, ForecastRequest request) =>
        Fit(history, configuration, request, out var start).Forecast(start, request.Years, request.Scenario, request.Bootstrap);

    /// <summary>The request's scenario against the baseline (the request must name a scenario).</summary>
    public static ScenarioComparison Compare(CareHistory history, ForecastConfiguration configuration, ForecastRequest request)
    {
        var scenario = request.Scenario ?? throw new ArgumentException("The request names no scenario to compare.", nameof(request));
        return Fit(history, configuration, request, out var start).Compare(start, request.Years, scenario, request.Bootstrap);
    }

    /// <summary>A forecast for each LA in the history (area = its code) and then for all of them together (area = <paramref name="regionName"/>).</summary>
    public static IReadOnlyList<ForecastResult> RunEachAndRegion(CareHistory history, ForecastConfiguration configuration, ForecastRequest request, string regionName = "region")
    {
        var results = new List<ForecastResult>();
        var codes = request.LaCodes ?? history.LocalAuthorities;
        foreach (var la in codes)
            results.Add(Run(history, configuration, request with { Area = la, LaCodes = [la] }));
        results.Add(Run(history, configuration, request with { Area = regionName, LaCodes = codes }));
        return results;
    }

    /// <summary>Fits the model for the request's area; <paramref name="start"/> is the start the request resolves to.</summary>
    public static StockAndFlowModel Fit(CareHistory history, ForecastConfiguration configuration, ForecastRequest request, out DateOnly start)
    {
        configuration.Validate();
        var area = request.LaCodes is null ? history : history.ForLocalAuthorities(request.LaCodes);
        if (history.LatestDate is not { } latest || history.FirstDate is not { } first)
            throw new ForecastConfigurationException("There are no episodes to forecast from.");
        start = request.Start ?? latest;
        var window = request.Window ?? DefaultWindow(first, latest, start, configuration.ReferenceYears);
        return StockAndFlowModel.Fit(area, configuration, window, request.Area);
    }

    /// <summary>The <paramref name="years"/> before the start, or before the end of the data if the start is later, and not before the data begins.</summary>
    public static ReferenceWindow DefaultWindow(DateOnly firstDate, DateOnly latestDate, DateOnly start, int years)
    {
        var to = start <= latestDate ? start : latestDate.AddDays(1);
        var from = to.AddYears(-years);
        if (from < firstDate) from = firstDate;
        return new ReferenceWindow(from, to);
    }
}
