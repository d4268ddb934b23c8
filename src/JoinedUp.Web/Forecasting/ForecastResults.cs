using System.Collections.Concurrent;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Forecast;
using JoinedUp.Forecast.Backtests;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Model;
using JoinedUp.Forecast.Results;
using JoinedUp.Store;
using JoinedUp.Store.Reading;

namespace JoinedUp.Web.Forecasting;

/// <summary>A forecast as the page shows it: the baseline, the comparison when a scenario was given, and the area's backtests.</summary>
public sealed record ForecastOutcome(ForecastResult Baseline, ScenarioComparison? Comparison, IReadOnlyList<BacktestYear> Backtests);

/// <summary>
/// Forecasts kept per (area, start, years, bands, scenario) until the store's returns change, as the dashboard keeps its
/// views: a forecast over the whole region takes about a second, and many users ask for the same ones. The care history
/// is built once per store version. A forecast not yet computed costs seconds of CPU, so each user runs at most one at a
/// time (<see cref="OneForecastPerUser"/>); results already computed are served to anyone at once.
/// </summary>
public sealed class ForecastResults
{
    private readonly RegionalStore _store;
    private readonly CareFactsCache _facts;
    private readonly OneForecastPerUser _running;

    public ForecastResults(RegionalStore store, CareFactsCache facts, OneForecastPerUser running)
    {
        _store = store;
        _facts = facts;
        _running = running;
        // New returns (an upload, a confirmed hold, a withdrawal): the care history is rebuilt in the background, not
        // when the next forecast page is asked for.
        facts.Loaded += loaded => _ = Task.Run(() =>
        {
            try
            {
                if (ReferenceEquals(_facts.Current(), loaded)) History();
            }
            catch (Exception)
            {
                // The next forecast page's own read reports it.
            }
        });
    }

    private const int MaxEntries = 500;
    private readonly Lock _gate = new();
    private CareFacts? _for;
    private Lazy<(CareHistory History, DateOnly? CompleteFrom)> _history = null!;
    private ConcurrentDictionary<string, Lazy<ForecastOutcome>> _results = new();
    private ConcurrentDictionary<string, Lazy<IReadOnlyList<BacktestYear>>> _backtests = new();

    public static readonly BootstrapOptions Bootstrap = new(Samples: 100, Level: 0.9, Seed: 903);

    /// <summary>The care history of every LA's returns, and the first day of the earliest collection year loaded.</summary>
    public (CareHistory History, DateOnly? CompleteFrom) History() => Current().History.Value;

    /// <summary>The forecast for the form, computed for <paramref name="userName"/> unless it is cached.</summary>
    public ForecastOutcome Get(ForecastForm form, string userName)
    {
        var (_, results, _) = Current();
        if (results.TryGetValue(form.Key, out var cached) && cached.IsValueCreated) return Value(results, form, cached);
        using (_running.Enter(userName)) return Compute(form);
    }

    private ForecastOutcome Compute(ForecastForm form)
    {
        var (history, results, backtests) = Current();
        var outcome = results.GetOrAdd(form.Key, _ => new Lazy<ForecastOutcome>(() =>
        {
            var (care, completeFrom) = history.Value;
            var configuration = RegionalCosts.For(_facts.Current().Placements, form.Area.LaCodes);
            var request = new ForecastRequest
            {
                Area = form.Area.Name,
                LaCodes = form.Area.LaCodes,
                Start = form.Start,
                Years = form.Years,
                Bootstrap = form.Bands ? Bootstrap : null,
            };
            var scenario = form.Scenario();
            ScenarioComparison? comparison = scenario is null ? null : Forecaster.Compare(care, configuration, request with { Scenario = scenario });
            var baseline = comparison?.Baseline ?? Forecaster.Run(care, configuration, request);
            var tests = backtests.GetOrAdd(form.Area.Key, _ => new Lazy<IReadOnlyList<BacktestYear>>(() =>
                Backtest.Run(form.Area.LaCodes is null ? care : care.ForLocalAuthorities(form.Area.LaCodes), configuration, form.Area.Name, completeFrom))).Value;
            return new ForecastOutcome(baseline, comparison, tests);
        }));
        return Value(results, form, outcome);
    }

    private static ForecastOutcome Value(ConcurrentDictionary<string, Lazy<ForecastOutcome>> results, ForecastForm form, Lazy<ForecastOutcome> outcome)
    {
        try
        {
            return outcome.Value;
        }
        catch
        {
            results.TryRemove(form.Key, out _);
            throw;
        }
    }

    private (Lazy<(CareHistory, DateOnly?)> History, ConcurrentDictionary<string, Lazy<ForecastOutcome>> Results, ConcurrentDictionary<string, Lazy<IReadOnlyList<BacktestYear>>> Backtests) Current()
    {
        var current = _facts.Current();
        lock (_gate)
        {
            if (!ReferenceEquals(current, _for) || _results.Count > MaxEntries)
            {
                if (!ReferenceEquals(current, _for)) _history = new(() =>
                {
                    // Streamed a child at a time: the history's memory is the spells it keeps, not every row read.
                    var (latestByLa, firstYear) = _store.ReturnYearsWithEpisodes();
                    return (CareHistory.BuildByChild(_store.LoadedEpisodesByChild(), latestByLa), firstYear is { } y ? new DateOnly(y - 1, 4, 1) : null);
                });
                _for = current;
                _results = new();
                _backtests = new();
            }
            return (_history, _results, _backtests);
        }
    }
}
