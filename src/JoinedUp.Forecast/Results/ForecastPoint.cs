namespace JoinedUp.Forecast.Results;

/// <summary>
/// The forecast on one date (one a month, the first on the start date): children in care, in total and
/// per state ("band category"), and the spend (pounds) over the month beginning on the date.
/// </summary>
public sealed record ForecastPoint(
    DateOnly Date,
    double Children,
    double Cost,
    IReadOnlyDictionary<string, double> States,
    Interval? ChildrenInterval = null,
    Interval? CostInterval = null);
