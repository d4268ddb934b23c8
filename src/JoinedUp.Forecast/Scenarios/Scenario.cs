using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>A named set of changes to the baseline, e.g. "Step-down from residential": +25% residential to fostering from April 2026.</summary>
public sealed record Scenario(string Name, IReadOnlyList<ScenarioAdjustment> Adjustments, string? Description = null)
{
    /// <summary>Throws <see cref="ForecastConfigurationException"/> if an adjustment names an unknown category or an impossible change.</summary>
    public void Validate(StateSpace space)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("A scenario needs a name.");
        foreach (var adjustment in Adjustments)
            problems.AddRange(adjustment.Problems(space).Select(p => $"Scenario '{Name}': {p}"));
        if (problems.Count > 0) throw new ForecastConfigurationException(problems);
    }
}
