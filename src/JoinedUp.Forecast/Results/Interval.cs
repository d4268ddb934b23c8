namespace JoinedUp.Forecast.Results;

/// <summary>A bootstrap interval: the low and high percentiles of the resampled forecasts.</summary>
public sealed record Interval(double Low, double High);
