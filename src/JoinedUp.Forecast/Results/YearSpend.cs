namespace JoinedUp.Forecast.Results;

/// <summary>Projected placement spend (pounds) over one financial year, or the part of it the forecast covers, [From, To), by placement category and by agency.</summary>
public sealed record YearSpend(
    DateOnly From,
    DateOnly To,
    double Total,
    IReadOnlyDictionary<string, double> ByCategory,
    IReadOnlyDictionary<string, double> ByAgency,
    Interval? TotalInterval = null);
