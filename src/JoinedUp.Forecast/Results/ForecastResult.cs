using JoinedUp.Forecast.Configuration;

namespace JoinedUp.Forecast.Results;

/// <summary>A forecast for one area (an LA or a group of LAs), baseline or under a named scenario.</summary>
public sealed record ForecastResult(
    string Area,
    DateOnly Start,
    int Years,
    ReferenceWindow Window,
    string? Scenario,
    IReadOnlyList<ForecastPoint> Points,
    IReadOnlyList<YearSpend> YearlySpend,
    double? IntervalLevel = null);
