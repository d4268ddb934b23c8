namespace JoinedUp.Forecast.Configuration;

/// <summary>
/// The unit cost of a placement category: a blend of its kinds of placement, and how the cost divides
/// between agencies (social care, education, health) where that is known.
/// </summary>
public sealed class PlacementCost
{
    public required string Category { get; init; }

    public required IReadOnlyList<CostComponent> Components { get; init; }

    /// <summary>Agency name to its share of the cost; shares sum to 1. Empty means all social care.</summary>
    public IReadOnlyDictionary<string, double> AgencyShares { get; init; } = new Dictionary<string, double>();

    /// <summary>The blended weekly cost: each kind's weekly cost weighted by its share.</summary>
    public double WeeklyCost
    {
        get
        {
            var shares = Components.Sum(c => c.Share);
            return shares <= 0 ? 0 : Components.Sum(c => c.WeeklyCost * c.Share) / shares;
        }
    }

    public double DailyCost => WeeklyCost / 7.0;
}
