using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Tests;

public class SingleStateTests
{
    /// <summary>One open age band and one category: one state.</summary>
    internal static ForecastConfiguration OneState() => new()
    {
        AgeBands = [new AgeBand("all", 0, null)],
        Categories = ["care"],
        PlacementCodes = new Dictionary<string, IReadOnlyList<string>> { ["care"] = ["U1"] },
        UnmappedCategory = "care",
        BandForUnknownAge = "all",
        Costs = [new PlacementCost { Category = "care", Components = [new CostComponent("care", 700, 1)] }],
    };

    private static ProjectionPlan Plan(FlowRates rates, int days) => new()
    {
        Rates = [(0, rates)],
        Costs = [(0, new[] { 100.0 })],
        Days = days,
        PointDays = [0, days / 2, days - 1],
        YearDays = [0],
    };

    [Fact]
    public void Converges_to_entries_over_exit_rate()
    {
        var space = new StateSpace(OneState());
        var rates = new FlowRates([2.0], [0.01], [0.0], [0.0], [-1]);
        var projection = PopulationProjector.Project([0.0], space, Plan(rates, 5000));
        Assert.Equal(2.0 / 0.01, projection.ChildrenAt(2), 3);
    }

    [Fact]
    public void Steps_by_hand()
    {
        // x1 = 50 - 0.1 * 50 + 3 = 48; x2 = 48 - 4.8 + 3 = 46.2. Spend: (50 + 48 + 46.2) * 100 for 3 days.
        var space = new StateSpace(OneState());
        var rates = new FlowRates([3.0], [0.1], [0.0], [0.0], [-1]);
        var plan = new ProjectionPlan { Rates = [(0, rates)], Costs = [(0, new[] { 100.0 })], Days = 3, PointDays = [0, 1, 2], YearDays = [0] };
        var projection = PopulationProjector.Project([50.0], space, plan);
        Assert.Equal(50, projection.ChildrenAt(0), 9);
        Assert.Equal(48, projection.ChildrenAt(1), 9);
        Assert.Equal(46.2, projection.ChildrenAt(2), 9);
        Assert.Equal((50 + 48 + 46.2) * 100, projection.SpendPerYearByCategory[0][0], 6);
    }

    [Fact]
    public void Estimates_entry_and_exit_rates_from_episodes()
    {
        // Window 2020-01-01..2020-01-11 (10 days). Child a: in care all 10 days (exposure 10).
        // Child b: enters 2020-01-03, leaves 2020-01-08 (exposure 5, one entry, one exit).
        // Child c: enters 2020-01-06, still in (exposure 5, one entry).
        // Exposure 20; entries 2 in 10 days = 0.2 a day; exits 1 / 20 = 0.05 a day.
        var history = History.CareHistory.Build([
            Episodes.Of("a", "2019-06-01", null),
            Episodes.Of("b", "2020-01-03", "2020-01-08"),
            Episodes.Of("c", "2020-01-06", null),
        ]);
        var model = StockAndFlowModel.Fit(history, OneState(), new ReferenceWindow(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 11)));
        Assert.Equal(20, model.Counts.Exposure[0]);
        Assert.Equal(0.2, model.Rates.EntriesPerDay[0], 12);
        Assert.Equal(0.05, model.Rates.ExitRate[0], 12);
        var forecast = model.Forecast(new DateOnly(2020, 1, 11), 10);
        Assert.Equal(2, forecast.Points[0].Children);
        Assert.Equal(0.2 / 0.05, forecast.Points[^1].Children, 3);
    }
}
