using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Tests;

public class ConfigurationTests
{
    [Fact]
    public void Defaults_are_valid_and_documented_costs()
    {
        var config = ForecastConfiguration.Default().Validate();
        Assert.Equal(0.6 * 431 + 0.4 * 871, config.Costs.Single(c => c.Category == "fostering").WeeklyCost, 9);
        Assert.Equal(0.25 * 2575 + 0.75 * 3316, config.Costs.Single(c => c.Category == "residential").WeeklyCost, 9);
    }

    [Fact]
    public void Overlapping_age_bands_are_refused()
    {
        var config = ForecastConfiguration.Default().WithAgeBands(
            [new AgeBand("0-5", 0, 5), new AgeBand("4-10", 4, 10), new AgeBand("10+", 10, null)], "10+");
        var error = Assert.Throws<ForecastConfigurationException>(() => config.Validate());
        Assert.Contains("Age bands '0-5' (ages 0 to under 5) and '4-10' (ages 4 to under 10) overlap.", error.Message);
    }

    [Fact]
    public void Gaps_between_age_bands_are_refused()
    {
        var config = ForecastConfiguration.Default().WithAgeBands([new AgeBand("0-5", 0, 5), new AgeBand("6+", 6, null)], "6+");
        var error = Assert.Throws<ForecastConfigurationException>(() => config.Validate());
        Assert.Contains("Age bands leave ages 5 to 6 in no band", error.Message);
    }

    [Fact]
    public void A_placement_code_in_two_categories_is_refused()
    {
        var defaults = ForecastConfiguration.Default();
        var codes = defaults.PlacementCodes.ToDictionary(p => p.Key, p => p.Value);
        codes["secure"] = ["K1", "R5", "K2"];
        var error = Assert.Throws<ForecastConfigurationException>(() => defaults.WithCategories(defaults.Categories, codes, "other").Validate());
        Assert.Contains("Placement code K2 is in two categories: 'residential' and 'secure'.", error.Message);
    }

    [Fact]
    public void Negative_costs_are_refused()
    {
        var defaults = ForecastConfiguration.Default();
        var costs = defaults.Costs.Select(c => c.Category != "supported" ? c
            : new PlacementCost { Category = "supported", Components = [new CostComponent("semi-independent living", -856, 1)] }).ToList();
        var error = Assert.Throws<ForecastConfigurationException>(() => defaults.WithCosts(costs).Validate());
        Assert.Contains("The weekly cost of 'semi-independent living' in 'supported' is -856; unit costs cannot be negative.", error.Message);
    }

    [Fact]
    public void A_reference_window_with_no_data_is_refused()
    {
        var history = CareHistory.Build([Episodes.Of("a", "2020-01-01", "2020-06-01")]);
        var error = Assert.Throws<ForecastConfigurationException>(() =>
            StockAndFlowModel.Fit(history, ForecastConfiguration.Default(), new ReferenceWindow(new DateOnly(2010, 4, 1), new DateOnly(2011, 4, 1)), "Barnet"));
        Assert.Equal(
            "The forecast configuration is invalid: The reference window 2010-04-01 to 2011-03-31 for Barnet holds no children in care: the episodes run from 2020-01-01 to 2020-06-01.",
            error.Message);
    }

    [Fact]
    public void An_empty_reference_window_is_refused()
    {
        var history = CareHistory.Build([Episodes.Of("a", "2020-01-01", "2020-06-01")]);
        var error = Assert.Throws<ForecastConfigurationException>(() =>
            StockAndFlowModel.Fit(history, ForecastConfiguration.Default(), new ReferenceWindow(new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 1))));
        Assert.Contains("must end after it starts", error.Message);
    }

    [Fact]
    public void Every_problem_is_listed()
    {
        var defaults = ForecastConfiguration.Default();
        var costs = defaults.Costs.Where(c => c.Category != "secure").ToList();
        var config = defaults.WithCosts(costs).WithAgeBands([new AgeBand("0-5", 0, 5), new AgeBand("3+", 3, null)], "unknown");
        var error = Assert.Throws<ForecastConfigurationException>(() => config.Validate());
        Assert.Contains(error.Problems, p => p.Contains("overlap", StringComparison.Ordinal));
        Assert.Contains("No unit cost is given for placement category 'secure'.", error.Problems);
        Assert.Contains("The band for children of unknown age, 'unknown', is not one of the age bands.", error.Problems);
    }
}
