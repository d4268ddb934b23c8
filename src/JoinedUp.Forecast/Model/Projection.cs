namespace JoinedUp.Forecast.Model;

/// <summary>The raw result of projecting a population: children per state at each point, spend per point's month, spend per year and category.</summary>
public sealed class Projection
{
    public required double[][] StatesAtPoints { get; init; }

    public required double[] SpendPerPoint { get; init; }

    /// <summary>[year][category] spend.</summary>
    public required double[][] SpendPerYearByCategory { get; init; }

    public double ChildrenAt(int point) => StatesAtPoints[point].Sum();
}
