namespace JoinedUp.Forecast.Results;

/// <summary>A scenario's forecast against the baseline, with the differences (scenario minus baseline) per point and per year.</summary>
public sealed record ScenarioComparison(
    ForecastResult Baseline,
    ForecastResult Scenario,
    IReadOnlyList<PointDifference> Points,
    IReadOnlyList<YearSpendDifference> Years);

/// <summary>Scenario minus baseline on one date.</summary>
public sealed record PointDifference(DateOnly Date, double Children, double Cost);

/// <summary>Scenario minus baseline spend over one financial year (or part of one).</summary>
public sealed record YearSpendDifference(DateOnly From, DateOnly To, double Spend, double Percent);
