namespace JoinedUp.Forecast.Model;

/// <summary>
/// What a projection runs with: the rates and daily unit costs in force from given day offsets (a
/// scenario changes them part-way), the days to run, and the day offsets of the monthly points and years.
/// </summary>
public sealed class ProjectionPlan
{
    public required IReadOnlyList<(int FromDay, FlowRates Rates)> Rates { get; init; }

    /// <summary>Daily unit cost per category, in force from each day offset.</summary>
    public required IReadOnlyList<(int FromDay, double[] DailyCostOfCategory)> Costs { get; init; }

    public required int Days { get; init; }

    /// <summary>Day offsets of the points; each point's spend runs to the next point (the last to <see cref="Days"/>).</summary>
    public required int[] PointDays { get; init; }

    /// <summary>Day offsets at which each financial year (or part of one) starts; each runs to the next (the last to <see cref="Days"/>).</summary>
    public required int[] YearDays { get; init; }
}
