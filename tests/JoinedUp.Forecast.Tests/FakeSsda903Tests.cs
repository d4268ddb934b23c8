using JoinedUp.Forecast.Backtests;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using Xunit.Abstractions;

namespace JoinedUp.Forecast.Tests;

public class FakeSsda903Tests(ITestOutputHelper output)
{
    [Fact]
    public void Backtests_on_the_public_fake_return_report_finite_errors()
    {
        var episodes = FakeSsda903.Load();
        Assert.True(episodes.Count > 4000);
        var history = CareHistory.Build(episodes);
        var years = Backtest.Run(history, ForecastConfiguration.Default(), "fake 903");
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            output.WriteLine($"{year.Year}: window {year.Window}, total MAPE {year.Total.Mape:0.0}%, bias {year.Total.Bias:0.0} children ({year.Total.BiasPercent:0.0}%)");
            foreach (var category in year.Categories)
                output.WriteLine($"  {category.State}: MAPE {category.Mape:0.0}%, bias {category.Bias:0.0}");
            Assert.True(year.Total.Mape is { } mape && double.IsFinite(mape));
            Assert.True(double.IsFinite(year.Total.Bias));
            Assert.All(year.States, s => Assert.True(s.Mape is null || double.IsFinite(s.Mape.Value)));
        }
    }

    [Fact]
    public void Forecast_from_the_fake_return_starts_at_the_children_in_care()
    {
        var history = CareHistory.Build(FakeSsda903.Load());
        var start = new DateOnly(2017, 10, 1);
        var result = Forecaster.Run(history, ForecastConfiguration.Default(), new ForecastRequest { Start = start, Years = 5 });
        Assert.Equal(history.CountInCare(start), result.Points[0].Children);
        Assert.Equal(60, result.Points.Count);
        Assert.All(result.Points, p => Assert.True(double.IsFinite(p.Children) && p.Children >= 0 && p.Cost >= 0));
        output.WriteLine($"{result.Points[0].Children} children on {start}, {result.Points[^1].Children:0.0} five years on; first year spend £{result.YearlySpend[0].Total:N0}");
    }
}
