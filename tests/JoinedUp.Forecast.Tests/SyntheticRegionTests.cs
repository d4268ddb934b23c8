using JoinedUp.Forecast.Backtests;
using JoinedUp.Forecast.Benchmarks;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using Xunit.Abstractions;

namespace JoinedUp.Forecast.Tests;

public class SyntheticRegionTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Domain.Children.LoadedEpisode>> Region = new(() => SyntheticRegion.Episodes());

    [Fact]
    public void The_benchmark_forecasts_every_local_authority_and_the_region()
    {
        // Timing is reported by `joinedup bench forecast` (docs/benchmarks.md), not asserted here: CI cores are shared.
        var result = ForecastBenchmark.Run(Region.Value, runs: 1);
        output.WriteLine(result.ToString());
        Assert.Equal(34, result.Areas);
    }

    [Fact]
    public void Region_forecast_starts_at_the_children_in_care_and_stays_near_steady_state()
    {
        var history = CareHistory.Build(Region.Value);
        var start = new DateOnly(2025, 4, 1);
        var results = Forecaster.RunEachAndRegion(history, ForecastConfiguration.Default(), new ForecastRequest { Start = start, Years = 5 });
        var region = results[^1];
        Assert.Equal(history.CountInCare(start), region.Points[0].Children);
        Assert.Equal(results.Take(33).Sum(r => r.Points[0].Children), region.Points[0].Children);
        output.WriteLine($"Region: {region.Points[0].Children} children on {start}, {region.Points[^1].Children:0} after five years; spend year 1 £{region.YearlySpend[0].Total:N0}");
        Assert.InRange(region.Points[^1].Children / region.Points[0].Children, 0.8, 1.25);
    }

    [Fact]
    public void Backtests_on_the_synthetic_region_report_errors_every_year_the_data_allows()
    {
        var history = CareHistory.Build(Region.Value);
        var years = Backtest.Run(history, ForecastConfiguration.Default(), "region", completeFrom: new DateOnly(2019, 4, 1));
        Assert.Equal([2021, 2022, 2023, 2024, 2025], years.Select(y => y.Year));
        foreach (var year in years)
        {
            output.WriteLine($"{year.Year}: total MAPE {year.Total.Mape:0.0}%, bias {year.Total.BiasPercent:0.0}%; " +
                string.Join(", ", year.Categories.Select(c => $"{c.State} {c.Mape:0.0}%")));
            Assert.True(year.Total.Mape is { } mape && double.IsFinite(mape));
        }
        Assert.True(years[^1].Total.Mape < 10);
    }
}
