using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Tests;

public class ModelArithmeticTests
{
    private static ForecastConfiguration TwoBandsTwoCategories() => new()
    {
        AgeBands = [new AgeBand("0-1", 0, 1), new AgeBand("1+", 1, null)],
        Categories = ["fostering", "residential"],
        PlacementCodes = new Dictionary<string, IReadOnlyList<string>> { ["fostering"] = ["U1"], ["residential"] = ["K2"] },
        UnmappedCategory = "fostering",
        BandForUnknownAge = "1+",
        Costs =
        [
            new PlacementCost { Category = "fostering", Components = [new CostComponent("fostering", 700, 1)] },
            new PlacementCost { Category = "residential", Components = [new CostComponent("residential", 3500, 1)] },
        ],
    };

    private static ProjectionPlan Plan(FlowRates rates, int days, int[] points) => new()
    {
        Rates = [(0, rates)],
        Costs = [(0, new[] { 100.0, 500.0 })],
        Days = days,
        PointDays = points,
        YearDays = [0],
    };

    [Fact]
    public void Transitions_conserve_children()
    {
        // States: 0 = 0-1 fostering, 1 = 0-1 residential, 2 = 1+ fostering, 3 = 1+ residential. No entries or exits.
        var space = new StateSpace(TwoBandsTwoCategories());
        var transitions = new double[16];
        transitions[0 * 4 + 1] = 0.02;
        transitions[1 * 4 + 0] = 0.05;
        transitions[2 * 4 + 3] = 0.01;
        transitions[3 * 4 + 2] = 0.03;
        var rates = new FlowRates(new double[4], new double[4], transitions, [0.003, 0.003, 0, 0], [2, 3, -1, -1]);
        var projection = PopulationProjector.Project([10, 20, 30, 40], space, Plan(rates, 2000, [0, 500, 1999]));
        Assert.Equal(100, projection.ChildrenAt(1), 9);
        Assert.Equal(100, projection.ChildrenAt(2), 9);
    }

    [Fact]
    public void Transitions_settle_at_the_balance_of_the_rates()
    {
        // One band; fostering -> residential at 0.02, back at 0.05: residential share 0.02 / 0.07.
        var config = TwoBandsTwoCategories().WithAgeBands([new AgeBand("all", 0, null)], "all");
        var space = new StateSpace(config);
        var rates = new FlowRates(new double[2], new double[2], [0, 0.02, 0.05, 0], new double[2], [-1, -1]);
        var projection = PopulationProjector.Project([70, 0], space, Plan(rates, 3000, [0, 2999]));
        Assert.Equal(70 * 0.02 / 0.07, projection.StatesAtPoints[1][1], 6);
    }

    [Fact]
    public void Ageing_moves_children_up_a_band_at_its_rate()
    {
        // 1000 children in 0-1 fostering, ageing at 1/365 a day: after t days 1000 (1 - 1/365)^t remain.
        var space = new StateSpace(TwoBandsTwoCategories());
        var rates = new FlowRates(new double[4], new double[4], new double[16], [1 / 365.0, 0, 0, 0], [2, 3, -1, -1]);
        var projection = PopulationProjector.Project([1000, 0, 0, 0], space, Plan(rates, 366, [0, 1, 365]));
        Assert.Equal(1000 * (1 - 1 / 365.0), projection.StatesAtPoints[1][0], 9);
        Assert.Equal(1000 / 365.0, projection.StatesAtPoints[1][2], 9);
        Assert.Equal(1000 * Math.Pow(1 - 1 / 365.0, 365), projection.StatesAtPoints[2][0], 6);
        Assert.Equal(1000, projection.ChildrenAt(2), 9);
    }

    [Fact]
    public void Ageing_rate_is_estimated_from_birthdays_in_the_window()
    {
        // Born January 2020, in foster care from birth. Window 2020-07-01 to 2021-07-01: 184 days aged 0
        // (to 2020-12-31), then a first birthday on 2021-01-01: ageing rate 1 / 184 a day.
        var history = CareHistory.Build([Episodes.Of("a", "2020-01-01", null, birthMonth: "2020-01-01")]);
        var model = StockAndFlowModel.Fit(history, TwoBandsTwoCategories(), new ReferenceWindow(new DateOnly(2020, 7, 1), new DateOnly(2021, 7, 1)));
        Assert.Equal(184, model.Counts.Exposure[0]);
        Assert.Equal(181, model.Counts.Exposure[2]);
        Assert.Equal(1, model.Counts.Ageing[0]);
        Assert.Equal(1 / 184.0, model.Rates.AgeingRate[0], 12);
    }

    [Fact]
    public void Moves_between_placements_are_counted_as_transitions()
    {
        // A child aged 10 moves from fostering to residential on 2020-03-01 (X1: care continues), leaves 2020-05-01.
        var history = CareHistory.Build([
            Episodes.Of("a", "2020-01-01", "2020-03-01", place: "U1", rec: "X1"),
            Episodes.Of("a", "2020-03-01", "2020-05-01", place: "K2"),
        ]);
        var model = StockAndFlowModel.Fit(history, TwoBandsTwoCategories(), new ReferenceWindow(new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)));
        Assert.Equal(1, model.Counts.Entries[2]);
        Assert.Equal(1, model.Counts.Transitions[2 * 4 + 3]);
        Assert.Equal(1, model.Counts.Exits[3]);
        Assert.Equal(60, model.Counts.Exposure[2]);
        Assert.Equal(61, model.Counts.Exposure[3]);
        Assert.Equal(1 / 60.0, model.Rates.TransitionRate[2 * 4 + 3], 12);
    }
}
