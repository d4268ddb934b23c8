using System.Text.Json;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Json;
using JoinedUp.Forecast.Model;
using JoinedUp.Forecast.Scenarios;

namespace JoinedUp.Forecast.Tests;

public class ScenarioAndJsonTests
{
    private static readonly Lazy<CareHistory> History = new(() => CareHistory.Build(SyntheticRegion.Episodes(localAuthorities: 2, seed: 7)));
    private static readonly DateOnly Start = new(2025, 4, 1);

    [Fact]
    public void Json_has_the_promised_shape()
    {
        var result = Forecaster.Run(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = Start, Years = 5 });
        using var json = JsonDocument.Parse(ForecastJson.Serialize(result));
        var root = json.RootElement;
        Assert.Equal("2025-04-01", root.GetProperty("start").GetString());
        var points = root.GetProperty("points");
        Assert.Equal(60, points.GetArrayLength());
        var first = points[0];
        Assert.Equal("2025-04-01", first.GetProperty("date").GetString());
        Assert.Equal(History.Value.CountInCare(Start), first.GetProperty("children").GetDouble());
        Assert.True(first.GetProperty("cost").GetDouble() > 0);
        Assert.Equal(25, first.GetProperty("states").EnumerateObject().Count());
        Assert.True(first.GetProperty("states").TryGetProperty("10-16 fostering", out _));
        Assert.Equal("2025-05-01", points[1].GetProperty("date").GetString());
    }

    [Fact]
    public void Step_down_from_residential_lowers_residential_and_spend()
    {
        var scenario = new Scenario("Step-down", [new TransitionRateAdjustment(Start.AddMonths(6), 100, "residential", "fostering")]);
        var comparison = Forecaster.Compare(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = Start, Years = 5, Scenario = scenario });
        Assert.Equal("Step-down", comparison.Scenario.Scenario);
        // Nothing changes before the adjustment's date.
        Assert.Equal(0, comparison.Points[6].Children, 9);
        Assert.Equal(comparison.Baseline.Points[6].States["10-16 residential"], comparison.Scenario.Points[6].States["10-16 residential"], 9);
        Assert.True(comparison.Scenario.Points[^1].States["10-16 residential"] < comparison.Baseline.Points[^1].States["10-16 residential"]);
        Assert.True(comparison.Years[^1].Spend < 0);
    }

    [Fact]
    public void Unit_cost_change_scales_spend_from_its_date()
    {
        var scenario = new Scenario("Prices", [new UnitCostAdjustment(Start.AddYears(1), 10)]);
        var comparison = Forecaster.Compare(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = Start, Years = 3, Scenario = scenario });
        Assert.Equal(0, comparison.Years[0].Spend, 6);
        Assert.Equal(10, comparison.Years[1].Percent, 6);
        Assert.Equal(comparison.Baseline.Points[^1].Children, comparison.Scenario.Points[^1].Children, 9);
    }

    [Fact]
    public void Entry_rate_change_raises_children_in_care()
    {
        var scenario = new Scenario("More entries", [new EntryRateAdjustment(Start, 20)]);
        var comparison = Forecaster.Compare(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = Start, Years = 5, Scenario = scenario });
        Assert.True(comparison.Points[^1].Children > 0);
    }

    [Fact]
    public void Scenarios_save_and_load_by_name()
    {
        Scenario[] scenarios =
        [
            new("Step-down", [new TransitionRateAdjustment(Start, 25, "residential", "fostering")], "Faster step-down"),
            new("Fostering", [new TransitionRateAdjustment(Start, -20, "fostering", "residential"), new UnitCostAdjustment(Start, 5, "fostering"), new ExitRateAdjustment(Start, 10), new EntryRateAdjustment(Start, -5, "secure")]),
        ];
        var loaded = ScenarioFile.FromJson(ScenarioFile.ToJson(scenarios));
        Assert.Equal(scenarios.Select(s => s.Name), loaded.Select(s => s.Name));
        Assert.Equal(scenarios[1].Adjustments, loaded[1].Adjustments);
        Assert.Contains("\"kind\": \"transition\"", ScenarioFile.ToJson(scenarios), StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_naming_unknown_categories_are_refused()
    {
        var scenario = new Scenario("Bad", [new TransitionRateAdjustment(Start, 25, "residental", "fostering"), new UnitCostAdjustment(Start, -150)]);
        var error = Assert.Throws<ForecastConfigurationException>(() =>
            Forecaster.Run(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = Start, Scenario = scenario }));
        Assert.Contains("Scenario 'Bad': There is no placement category 'residental'", error.Message);
        Assert.Contains("the change must be -100% or more", error.Message);
    }

    [Fact]
    public void Bootstrap_bands_surround_the_forecast_and_repeat_with_the_seed()
    {
        var request = new ForecastRequest { Start = Start, Years = 3, Bootstrap = new BootstrapOptions(Samples: 60, Level: 0.9, Seed: 5) };
        var first = Forecaster.Run(History.Value, ForecastConfiguration.Default(), request);
        var again = Forecaster.Run(History.Value, ForecastConfiguration.Default(), request);
        var last = first.Points[^1];
        Assert.NotNull(last.ChildrenInterval);
        Assert.True(last.ChildrenInterval!.Low < last.ChildrenInterval.High);
        Assert.InRange(last.Children, last.ChildrenInterval.Low * 0.97, last.ChildrenInterval.High * 1.03);
        Assert.Equal(last.ChildrenInterval, again.Points[^1].ChildrenInterval);
        Assert.Equal(first.Points[0].ChildrenInterval!.Low, first.Points[0].ChildrenInterval!.High, 9);
        Assert.NotNull(first.YearlySpend[0].TotalInterval);
        using var json = JsonDocument.Parse(ForecastJson.Serialize(first));
        Assert.True(json.RootElement.GetProperty("points")[10].TryGetProperty("childrenLow", out _));
    }
}
