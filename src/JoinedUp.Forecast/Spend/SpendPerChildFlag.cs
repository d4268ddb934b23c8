namespace JoinedUp.Forecast.Spend;

/// <summary>
/// One LA's spend per child on a line in a year against its group (itself and its statistical neighbours):
/// flagged when it lies more than the threshold times the group's interquartile range from the group median.
/// </summary>
public sealed record SpendPerChildFlag(
    string LaCode,
    string Line,
    int Year,
    double SpendPerChild,
    double GroupMedian,
    double GroupInterquartileRange,
    int GroupSize,
    bool Flagged,
    string Direction);
