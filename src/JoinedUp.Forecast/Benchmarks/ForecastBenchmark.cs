using System.Diagnostics;
using JoinedUp.Domain.Children;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;

namespace JoinedUp.Forecast.Benchmarks;

/// <summary>Times a daily forecast for every LA and the region (single-threaded), for docs/benchmarks.md and `joinedup forecast --benchmark`.</summary>
public static class ForecastBenchmark
{
    public static ForecastBenchmarkResult Run(
        IEnumerable<LoadedEpisode> episodes, ForecastConfiguration? configuration = null, DateOnly? start = null, int years = 5, int runs = 5)
    {
        var list = episodes as IReadOnlyList<LoadedEpisode> ?? episodes.ToList();
        configuration ??= ForecastConfiguration.Default();
        var request = new ForecastRequest { Start = start, Years = years };
        var build = new List<double>();
        var forecast = new List<double>();
        var totals = new List<double>();
        var areas = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var history = CareHistory.Build(list);
            var built = watch.Elapsed.TotalMilliseconds;
            var results = Forecaster.RunEachAndRegion(history, configuration, request);
            var total = watch.Elapsed.TotalMilliseconds;
            areas = results.Count;
            if (run == 0) continue; // warm-up
            build.Add(built);
            forecast.Add(total - built);
            totals.Add(total);
        }
        return new ForecastBenchmarkResult(list.Count, areas, years, runs, Median(build), Median(forecast), totals);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
