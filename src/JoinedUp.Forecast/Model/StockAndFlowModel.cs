using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Results;
using JoinedUp.Forecast.Scenarios;

namespace JoinedUp.Forecast.Model;

/// <summary>
/// The stock-and-flow model of children in care over age band x placement category, fitted to a
/// reference window of one area's care history and projected forward day by day.
/// </summary>
public sealed class StockAndFlowModel
{
    private readonly List<ChildFlows> _children;

    private StockAndFlowModel(string area, CareHistory history, ForecastConfiguration configuration, StateSpace space,
        ReferenceWindow window, List<ChildFlows> children, FlowCounts counts)
    {
        Area = area;
        History = history;
        Configuration = configuration;
        States = space;
        Window = window;
        _children = children;
        Counts = counts;
        Rates = FlowRates.Estimate(counts, space);
    }

    public string Area { get; }

    public CareHistory History { get; }

    public ForecastConfiguration Configuration { get; }

    public StateSpace States { get; }

    public ReferenceWindow Window { get; }

    public FlowCounts Counts { get; }

    public FlowRates Rates { get; }

    /// <summary>Fits the rates to <paramref name="window"/>; throws <see cref="ForecastConfigurationException"/> if the window is empty or holds no data.</summary>
    public static StockAndFlowModel Fit(CareHistory history, ForecastConfiguration configuration, ReferenceWindow window, string area = "")
    {
        var space = new StateSpace(configuration);
        if (window.Days <= 0)
            throw new ForecastConfigurationException($"The reference window must end after it starts; {window.From:yyyy-MM-dd} to {window.To:yyyy-MM-dd} holds no days.");
        var children = FlowCounter.CountChildren(history, space, window);
        var counts = FlowCounter.Sum(children, space, window);
        if (counts.TotalExposure <= 0 && counts.Entries.Sum() <= 0)
        {
            var reach = history.FirstDate is { } first && history.LatestDate is { } last
                ? $"the episodes run from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}"
                : "there are no episodes";
            var where = string.IsNullOrEmpty(area) ? "" : $" for {area}";
            throw new ForecastConfigurationException($"The reference window {window}{where} holds no children in care: {reach}.");
        }
        return new StockAndFlowModel(area, history, configuration, space, window, children, counts);
    }

    /// <summary>Children in each state on <paramref name="date"/>, from the history (so their total is the number actually in care).</summary>
    public double[] StateOn(DateOnly date)
    {
        var x = new double[States.Count];
        foreach (var child in History.Children)
        {
            if (child.SpellOn(date) is not { } spell) continue;
            x[States.StateOf(States.BandOn(child.BirthMonth, date), States.CategoryOf(spell.PlacementType))]++;
        }
        return x;
    }

    /// <summary>
    /// Projects from the children in care on <paramref name="start"/> for <paramref name="years"/> years
    /// (1 to 10), under a scenario if given, with bootstrap intervals if asked for.
    /// </summary>
    public ForecastResult Forecast(DateOnly start, int years, Scenario? scenario = null, BootstrapOptions? bootstrap = null)
    {
        if (years is < 1 or > 10) throw new ForecastConfigurationException($"A forecast runs for 1 to 10 years, not {years}.");
        scenario?.Validate(States);
        var initial = StateOn(start);
        var central = PopulationProjector.Project(initial, States, Plan(Rates, start, years, scenario));

        Interval[]? childrenIntervals = null, costIntervals = null, yearIntervals = null;
        if (bootstrap is { Samples: > 0 })
        {
            var samples = Resample(initial, start, years, scenario, bootstrap);
            var low = (1 - bootstrap.Level) / 2;
            var high = 1 - low;
            childrenIntervals = IntervalsOf(samples, p => p.StatesAtPoints.Length, (p, i) => p.ChildrenAt(i), low, high);
            costIntervals = IntervalsOf(samples, p => p.SpendPerPoint.Length, (p, i) => p.SpendPerPoint[i], low, high);
            yearIntervals = IntervalsOf(samples, p => p.SpendPerYearByCategory.Length, (p, i) => p.SpendPerYearByCategory[i].Sum(), low, high);
        }
        return Describe(central, start, years, scenario, childrenIntervals, costIntervals, yearIntervals, bootstrap?.Level);
    }

    /// <summary>Baseline and scenario forecasts, with their differences.</summary>
    public ScenarioComparison Compare(DateOnly start, int years, Scenario scenario, BootstrapOptions? bootstrap = null)
    {
        var baseline = Forecast(start, years, null, bootstrap);
        var changed = Forecast(start, years, scenario, bootstrap);
        var points = baseline.Points.Zip(changed.Points, (b, s) => new PointDifference(b.Date, s.Children - b.Children, s.Cost - b.Cost)).ToList();
        var spend = baseline.YearlySpend.Zip(changed.YearlySpend, (b, s) =>
            new YearSpendDifference(b.From, b.To, s.Total - b.Total, b.Total == 0 ? 0 : (s.Total - b.Total) / b.Total * 100)).ToList();
        return new ScenarioComparison(baseline, changed, points, spend);
    }

    private List<Projection> Resample(double[] initial, DateOnly start, int years, Scenario? scenario, BootstrapOptions options)
    {
        var random = new Random(options.Seed);
        var result = new List<Projection>(options.Samples);
        for (var b = 0; b < options.Samples; b++)
        {
            var counts = new FlowCounts(States.Count, Window.Days);
            for (var i = 0; i < _children.Count; i++) _children[random.Next(_children.Count)].AddTo(counts);
            var rates = FlowRates.Estimate(counts, States);
            result.Add(PopulationProjector.Project(initial, States, Plan(rates, start, years, scenario)));
        }
        return result;
    }

    private static Interval[] IntervalsOf(List<Projection> samples, Func<Projection, int> length, Func<Projection, int, double> value, double low, double high)
    {
        var n = length(samples[0]);
        var intervals = new Interval[n];
        var values = new double[samples.Count];
        for (var i = 0; i < n; i++)
        {
            for (var b = 0; b < samples.Count; b++) values[b] = value(samples[b], i);
            Array.Sort(values);
            intervals[i] = new Interval(Percentile(values, low), Percentile(values, high));
        }
        return intervals;
    }

    private static double Percentile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    /// <summary>The projection plan: baseline rates and costs, changed by each adjustment from its date on.</summary>
    public ProjectionPlan Plan(FlowRates baseline, DateOnly start, int years, Scenario? scenario)
    {
        var end = start.AddYears(years);
        var months = years * 12;
        var pointDays = new int[months];
        for (var k = 0; k < months; k++) pointDays[k] = start.AddMonths(k).DayNumber - start.DayNumber;
        var yearDays = FinancialYear.Spans(start, end).Select(y => y.From.DayNumber - start.DayNumber).ToArray();

        var adjustments = scenario?.Adjustments ?? [];
        var changeDays = adjustments.Select(a => Math.Max(0, a.From.DayNumber - start.DayNumber)).Append(0).Distinct().Order().ToList();
        var rates = new List<(int, FlowRates)>();
        var costs = new List<(int, double[])>();
        foreach (var day in changeDays)
        {
            var date = start.AddDays(day);
            var r = baseline.Copy();
            var c = States.DailyCostOfCategory.ToArray();
            foreach (var adjustment in adjustments.Where(a => a.From <= date))
            {
                adjustment.ApplyTo(r, States);
                adjustment.ApplyTo(c, States);
            }
            rates.Add((day, r));
            costs.Add((day, c));
        }
        return new ProjectionPlan { Rates = rates, Costs = costs, Days = end.DayNumber - start.DayNumber, PointDays = pointDays, YearDays = yearDays };
    }

    private ForecastResult Describe(Projection projection, DateOnly start, int years, Scenario? scenario,
        Interval[]? childrenIntervals, Interval[]? costIntervals, Interval[]? yearIntervals, double? level)
    {
        var points = new List<ForecastPoint>(projection.StatesAtPoints.Length);
        for (var k = 0; k < projection.StatesAtPoints.Length; k++)
        {
            var x = projection.StatesAtPoints[k];
            var states = new Dictionary<string, double>(x.Length);
            for (var s = 0; s < x.Length; s++) states[States.Names[s]] = x[s];
            points.Add(new ForecastPoint(start.AddMonths(k), x.Sum(), projection.SpendPerPoint[k], states, childrenIntervals?[k], costIntervals?[k]));
        }
        var spans = FinancialYear.Spans(start, start.AddYears(years));
        var spend = new List<YearSpend>(spans.Count);
        for (var y = 0; y < spans.Count; y++)
        {
            var byCategory = new Dictionary<string, double>();
            var byAgency = new Dictionary<string, double>();
            for (var c = 0; c < States.Categories.Count; c++)
            {
                var category = States.Categories[c];
                var amount = projection.SpendPerYearByCategory[y][c];
                byCategory[category] = amount;
                var shares = Configuration.Costs.First(cost => cost.Category == category).AgencyShares;
                if (shares.Count == 0) shares = new Dictionary<string, double> { [ForecastConfiguration.SocialCare] = 1 };
                foreach (var (agency, share) in shares) byAgency[agency] = byAgency.GetValueOrDefault(agency) + amount * share;
            }
            spend.Add(new YearSpend(spans[y].From, spans[y].To, byCategory.Values.Sum(), byCategory, byAgency, yearIntervals?[y]));
        }
        return new ForecastResult(Area, start, years, Window, scenario?.Name, points, spend, level);
    }
}
