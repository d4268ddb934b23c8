using JoinedUp.Disclosure;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>
/// What one kind of setting costs the area's LAs by how it was bought: children (protected), their average weekly cost
/// (shown only when enough children stand behind it), and the framework price of the settings on the map.
/// </summary>
/// <param name="AverageWeeklyCost">Null where too few children stand behind it to show.</param>
/// <param name="FrameworkPrice">Median middle-of-band weekly price of the map's framework settings of this type; null when none.</param>
public sealed record CostRow(string Type, string Sourcing, Figure Children, double? AverageWeeklyCost, decimal? FrameworkPrice)
{
    /// <summary>Weekly cost above the framework price, per child.</summary>
    public double? PremiumPerWeek => AverageWeeklyCost is { } a && FrameworkPrice is { } f ? a - (double)f : null;
}
