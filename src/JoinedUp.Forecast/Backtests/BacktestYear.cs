using JoinedUp.Forecast.Configuration;

namespace JoinedUp.Forecast.Backtests;

/// <summary>One backtest: the model fitted on <see cref="Window"/> (years up to Y - 1), forecasting collection year Y from <see cref="Start"/>.</summary>
public sealed record BacktestYear(
    int Year,
    DateOnly Start,
    ReferenceWindow Window,
    StateError Total,
    IReadOnlyList<StateError> Categories,
    IReadOnlyList<StateError> States);
