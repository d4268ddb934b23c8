namespace JoinedUp.Forecast.Spend;

/// <summary>
/// One LA's spend on one line over the years: year-on-year growth, the average annual growth (compound,
/// first to last year), a straight-line trend (pounds a year) and a log-linear trend (a constant growth
/// rate), each projected forward.
/// </summary>
public sealed record SpendTrend(
    string LaCode,
    string Line,
    IReadOnlyList<SpendLine> Series,
    IReadOnlyList<YearGrowth> Growth,
    double? AverageGrowthPercent,
    double LinearSlopePerYear,
    double? LogLinearGrowthPercent,
    IReadOnlyList<SpendProjection> Projection);

/// <summary>Growth from the previous year, in percent (null where the previous year's spend was nothing).</summary>
public sealed record YearGrowth(int Year, double? Percent);

/// <summary>Projected spend in a future year by the straight-line and the log-linear trend (null where spend was not always positive).</summary>
public sealed record SpendProjection(int Year, double Linear, double? LogLinear);
