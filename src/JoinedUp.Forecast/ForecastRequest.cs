using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.Model;
using JoinedUp.Forecast.Scenarios;

namespace JoinedUp.Forecast;

/// <summary>
/// What to forecast: an area (the LAs whose returns count; null for every LA in the history), from a start
/// date (null: the latest date in the data) for 1 to 10 years, fitted to a reference window (null: the
/// configuration's reference years before the start, within the data), optionally under a scenario and
/// with bootstrap intervals.
/// </summary>
public sealed record ForecastRequest
{
    public string Area { get; init; } = "region";

    public IReadOnlyList<string>? LaCodes { get; init; }

    public DateOnly? Start { get; init; }

    public int Years { get; init; } = 5;

    public ReferenceWindow? Window { get; init; }

    public Scenario? Scenario { get; init; }

    public BootstrapOptions? Bootstrap { get; init; }
}
