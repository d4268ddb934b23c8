namespace JoinedUp.Forecast.Configuration;

/// <summary>A forecast configuration that cannot be used, with every problem found listed in the message.</summary>
public sealed class ForecastConfigurationException : Exception
{
    public ForecastConfigurationException(IReadOnlyList<string> problems)
        : base("The forecast configuration is invalid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    public ForecastConfigurationException(string problem) : this([problem]) { }

    public IReadOnlyList<string> Problems { get; }
}
