namespace JoinedUp.Forecast.Benchmarks;

/// <summary>
/// Timings (milliseconds, median of <see cref="Runs"/> runs after one warm-up) of building the care history
/// from episodes and of fitting and projecting a daily forecast for every LA and the region.
/// </summary>
public sealed record ForecastBenchmarkResult(
    int Episodes,
    int Areas,
    int Years,
    int Runs,
    double BuildHistoryMilliseconds,
    double ForecastMilliseconds,
    IReadOnlyList<double> TotalMillisecondsPerRun)
{
    public double TotalMilliseconds => BuildHistoryMilliseconds + ForecastMilliseconds;

    public override string ToString() =>
        $"{Areas} areas ({Areas - 1} LAs and the region), {Years}-year daily forecasts from {Episodes:N0} episodes: " +
        $"history {BuildHistoryMilliseconds:0.0} ms, forecasts {ForecastMilliseconds:0.0} ms, total {TotalMilliseconds:0.0} ms (median of {Runs} runs).";
}
