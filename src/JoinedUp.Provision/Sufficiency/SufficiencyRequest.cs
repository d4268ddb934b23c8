using JoinedUp.Domain.Geography;

namespace JoinedUp.Provision.Sufficiency;

/// <summary>What a sufficiency analysis is about: one footprint (ICS) of a region, or the whole region, on 31 March of a year, with the distance from home counted as "within reach".</summary>
/// <param name="Footprint">A footprint of the region (e.g. "North East London ICS"), or null for the whole region.</param>
/// <param name="ForecastYears">How far ahead the forecast demand looks.</param>
public sealed record SufficiencyRequest(Region Region, string? Footprint, int Year, double DistanceKm, int ForecastYears = 2)
{
    public const double DefaultDistanceKm = 50;

    public string AreaName => Footprint ?? Region.Name;

    /// <summary>The DfE codes of the LAs in the area.</summary>
    public IReadOnlyList<string> LaCodes => Footprint is null
        ? Region.Members.Select(la => la.DfeCode).ToList()
        : Region.Footprints.TryGetValue(Footprint, out var codes) ? codes
        : throw new ArgumentException($"'{Footprint}' is not a footprint of {Region.Name}. Its footprints are: {string.Join("; ", Region.Footprints.Keys)}.");

    /// <summary>The footprint named (case and a missing "ICS" ignored), or null for the region; throws naming the choices when nothing matches.</summary>
    public static string? FindFootprint(Region region, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name.Trim(), region.Name, StringComparison.OrdinalIgnoreCase) || name.Trim().Equals("region", StringComparison.OrdinalIgnoreCase)) return null;
        var wanted = name.Trim();
        return region.Footprints.Keys.FirstOrDefault(f => string.Equals(f, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(f, wanted + " ICS", StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{wanted}' is not a footprint of {region.Name}. Choose one of: {string.Join("; ", region.Footprints.Keys)}, or '{region.Name}' for the whole region.");
    }
}
