using System.Globalization;
using JoinedUp.Forecast.History;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// The start dates a forecast can have with the returns loaded: after their first day (the model is fitted to the
/// years before the start) and no more than a year after their latest day.
/// </summary>
public sealed record ForecastStartRange(DateOnly FirstLoaded, DateOnly LatestLoaded)
{
    public DateOnly Earliest => FirstLoaded.AddDays(1);

    public DateOnly Latest => LatestLoaded.AddYears(1);

    public bool Allows(DateOnly start) => start >= Earliest && start <= Latest;

    /// <summary>What the user can do: the range of start dates, and why.</summary>
    public string Message =>
        $"Enter a start date from {Long(Earliest)} to {Long(Latest)}. The returns loaded run from {Long(FirstLoaded)} to {Long(LatestLoaded)}: "
        + "the model is fitted to the returns before the start date, and a forecast may start up to a year after the latest return.";

    /// <summary>The range for the loaded history; null when nothing is loaded.</summary>
    public static ForecastStartRange? Of(CareHistory history) =>
        history.FirstDate is { } first && history.LatestDate is { } latest ? new ForecastStartRange(first, latest) : null;

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
