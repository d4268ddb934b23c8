namespace JoinedUp.Forecast.Backtests;

/// <summary>
/// How far a backtest's forecast was from what happened for one state (or a category, or in total), over
/// the monthly points of the year: mean absolute percentage error (over points where some children were
/// actually there; null if none), and bias as the mean of forecast minus actual, in children and as a
/// percentage of the mean actual (positive: the forecast was too high).
/// </summary>
public sealed record StateError(string State, double MeanActual, double MeanForecast, double? Mape, double Bias, double? BiasPercent);
