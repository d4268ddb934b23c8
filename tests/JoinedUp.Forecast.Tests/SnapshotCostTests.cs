using JoinedUp.Forecast.Configuration;

namespace JoinedUp.Forecast.Tests;

public sealed class SnapshotCostTests
{
    private static SnapshotCost Placement(string type, double weekly, double socialCare, double education, double health) =>
        new(type, weekly, socialCare, education, health);

    [Fact]
    public void Residential_costs_and_every_covered_categorys_agency_split_come_from_the_snapshot()
    {
        var snapshot = new List<SnapshotCost>();
        for (var i = 0; i < 4; i++) snapshot.Add(Placement("children's home", 5000, 4000, 500, 500));
        for (var i = 0; i < 2; i++) snapshot.Add(Placement("residential special school", 8000, 2000, 5000, 1000));
        for (var i = 0; i < 5; i++) snapshot.Add(Placement("fostering", 1200, 1200, 0, 0));
        for (var i = 0; i < 3; i++) snapshot.Add(Placement("secure", 7000, 7000, 0, 0));

        var configuration = ForecastConfiguration.Default().WithSnapshotCosts(snapshot);
        configuration.Validate();

        var residential = configuration.Costs.Single(c => c.Category == "residential");
        Assert.Equal((4 * 5000 + 2 * 8000) / 6.0, residential.WeeklyCost, 6);
        Assert.Equal((4 * 4000 + 2 * 2000) / 36000.0, residential.AgencyShares[ForecastConfiguration.SocialCare], 6);
        Assert.Equal((4 * 500 + 2 * 5000) / 36000.0, residential.AgencyShares[ForecastConfiguration.Education], 6);
        // Fostering: five high-cost placements are no guide to the average foster placement, so only the split is taken.
        var fostering = configuration.Costs.Single(c => c.Category == "fostering");
        Assert.Equal(ForecastConfiguration.Default().Costs.Single(c => c.Category == "fostering").WeeklyCost, fostering.WeeklyCost, 6);
        Assert.Equal(1.0, fostering.AgencyShares[ForecastConfiguration.SocialCare], 6);
        // Secure: three placements are too few to stand for the region.
        Assert.Equal(ForecastConfiguration.Default().Costs.Single(c => c.Category == "secure").WeeklyCost,
            configuration.Costs.Single(c => c.Category == "secure").WeeklyCost, 6);
    }

    [Fact]
    public void No_snapshot_leaves_the_default_costs()
    {
        var defaults = ForecastConfiguration.Default();
        var configuration = defaults.WithSnapshotCosts([]);
        Assert.Equal(defaults.Costs.Select(c => (c.Category, c.WeeklyCost)), configuration.Costs.Select(c => (c.Category, c.WeeklyCost)));
    }
}
