using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Backtests;

/// <summary>
/// Backtests: for each collection year Y that the data allows (Y runs from the year-start month of Y - 1;
/// the data must reach its last day, and at least <see cref="MinimumWindowDays"/> days of data must come
/// before it), fit the model on up to the configuration's reference years before Y, forecast Y from the
/// children actually in care at its start, and compare with the children actually in care on the first
/// day of each later month of Y and on its last day.
/// </summary>
public static class Backtest
{
    public const int MinimumWindowDays = 90;

    /// <param name="completeFrom">
    /// The first day from which the data is complete, when known: a return holds only the episodes open during its
    /// year, so before the first year loaded only the children still in care then appear, and rates fitted there are
    /// biased. Pass the first day of the earliest collection year loaded; by default every day from the first episode start is used.
    /// </param>
    public static IReadOnlyList<BacktestYear> Run(CareHistory history, ForecastConfiguration configuration, string area = "", DateOnly? completeFrom = null)
    {
        configuration.Validate();
        if (history.FirstDate is not { } first || history.LatestDate is not { } latest) return [];
        if (completeFrom is { } complete && complete > first) first = complete;
        var results = new List<BacktestYear>();
        for (var year = first.Year + 1; year <= latest.Year + 1; year++)
        {
            var start = new DateOnly(year - 1, configuration.YearStartMonth, 1);
            var end = start.AddYears(1);
            if (end.AddDays(-1) > latest || start.DayNumber - first.DayNumber < MinimumWindowDays) continue;
            var from = start.AddYears(-configuration.ReferenceYears);
            var window = new ReferenceWindow(from < first ? first : from, start);
            StockAndFlowModel model;
            try
            {
                model = StockAndFlowModel.Fit(history, configuration, window, area);
            }
            catch (ForecastConfigurationException)
            {
                continue; // no children in care before this year: nothing to fit
            }
            results.Add(Evaluate(model, year, start, end));
        }
        return results;
    }

    /// <summary>Forecasts one year from <paramref name="start"/> and scores it against the history.</summary>
    public static BacktestYear Evaluate(StockAndFlowModel model, int year, DateOnly start, DateOnly end)
    {
        var space = model.States;
        var dates = new List<DateOnly>();
        for (var k = 1; k < 12; k++) dates.Add(start.AddMonths(k));
        dates.Add(end.AddDays(-1));
        var forecastStates = new double[dates.Count][];
        var actualStates = new double[dates.Count][];
        var initial = model.StateOn(start);
        var yearPlan = model.Plan(model.Rates, start, 1, null);
        var plan = new ProjectionPlan
        {
            Rates = yearPlan.Rates,
            Costs = yearPlan.Costs,
            Days = yearPlan.Days,
            YearDays = yearPlan.YearDays,
            PointDays = [.. dates.Select(d => d.DayNumber - start.DayNumber)],
        };
        var projection = PopulationProjector.Project(initial, space, plan);
        for (var i = 0; i < dates.Count; i++)
        {
            forecastStates[i] = projection.StatesAtPoints[i];
            actualStates[i] = model.StateOn(dates[i]);
        }

        var states = new List<StateError>();
        for (var s = 0; s < space.Count; s++)
        {
            var state = s;
            states.Add(Score(space.Names[s], dates.Count, i => forecastStates[i][state], i => actualStates[i][state]));
        }
        var categories = new List<StateError>();
        for (var c = 0; c < space.Categories.Count; c++)
        {
            var category = c;
            double Sum(double[] x) => Enumerable.Range(0, space.Bands.Count).Sum(b => x[space.StateOf(b, category)]);
            categories.Add(Score(space.Categories[c], dates.Count, i => Sum(forecastStates[i]), i => Sum(actualStates[i])));
        }
        var total = Score("total", dates.Count, i => forecastStates[i].Sum(), i => actualStates[i].Sum());
        return new BacktestYear(year, start, model.Window, total, categories, states);
    }

    private static StateError Score(string name, int points, Func<int, double> forecast, Func<int, double> actual)
    {
        double sumActual = 0, sumForecast = 0, sumApe = 0;
        var apePoints = 0;
        for (var i = 0; i < points; i++)
        {
            var a = actual(i);
            var f = forecast(i);
            sumActual += a;
            sumForecast += f;
            if (a > 0) { sumApe += Math.Abs(f - a) / a; apePoints++; }
        }
        var meanActual = sumActual / points;
        var bias = (sumForecast - sumActual) / points;
        return new StateError(name, meanActual, sumForecast / points,
            apePoints > 0 ? sumApe / apePoints * 100 : null, bias, meanActual > 0 ? bias / meanActual * 100 : null);
    }
}
