using System.Globalization;

namespace JoinedUp.Provision.Geography;

/// <summary>The centre of a postcode district (outward code, e.g. SE15), in WGS84 degrees.</summary>
public readonly record struct DistrictCentroid(string District, double Latitude, double Longitude);

/// <summary>
/// Postcode-district centres in and around London, shipped with the project (Geography/postcode-district-centroids.csv,
/// whose header names its source and accuracy), and the distance between two districts. The store holds postcodes to
/// district only, so a distance between home and placement is a distance between district centres: for districts a few
/// kilometres across it is right to about 2 km, which is what a sufficiency question ("within 20 km of home?") needs.
/// </summary>
public sealed class DistrictCentroids
{
    private readonly Dictionary<string, DistrictCentroid> _byDistrict;

    private DistrictCentroids(Dictionary<string, DistrictCentroid> byDistrict) => _byDistrict = byDistrict;

    /// <summary>The centres shipped with the project.</summary>
    public static DistrictCentroids Shipped { get; } = Load();

    public int Count => _byDistrict.Count;

    public IEnumerable<DistrictCentroid> All => _byDistrict.Values;

    /// <summary>The outward code of a postcode or district ("se15 4ab" and "SE15" give "SE15"), or null when it has none.</summary>
    public static string? DistrictOf(string? postcodeOrDistrict)
    {
        if (string.IsNullOrWhiteSpace(postcodeOrDistrict)) return null;
        var text = postcodeOrDistrict.Trim().ToUpperInvariant();
        var space = text.IndexOf(' ');
        if (space > 0) return text[..space];
        // A full postcode without its space: the inward part is always digit, letter, letter.
        if (text.Length >= 5 && char.IsDigit(text[^3]) && char.IsLetter(text[^2]) && char.IsLetter(text[^1])) return text[..^3];
        return text;
    }

    public DistrictCentroid? Find(string? postcodeOrDistrict) =>
        DistrictOf(postcodeOrDistrict) is { } d && _byDistrict.TryGetValue(d, out var c) ? c : null;

    /// <summary>The distance in km between two districts' centres, or null when either is not known.</summary>
    public double? DistanceKm(string? from, string? to) =>
        Find(from) is { } a && Find(to) is { } b ? GreatCircle.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) : null;

    /// <summary>The distance in km from a point to a district's centre, or null when the district is not known.</summary>
    public double? DistanceKm(double latitude, double longitude, string? to) =>
        Find(to) is { } b ? GreatCircle.DistanceKm(latitude, longitude, b.Latitude, b.Longitude) : null;

    private static DistrictCentroids Load()
    {
        using var stream = typeof(DistrictCentroids).Assembly.GetManifestResourceStream("postcode-district-centroids.csv")
            ?? throw new InvalidOperationException("The postcode-district centroids are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var byDistrict = new Dictionary<string, DistrictCentroid>(StringComparer.Ordinal);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            var parts = line.Split(',');
            var centroid = new DistrictCentroid(parts[0].Trim(), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
            if (!byDistrict.TryAdd(centroid.District, centroid)) throw new InvalidOperationException($"District {centroid.District} appears twice in the shipped centroids.");
        }
        return new DistrictCentroids(byDistrict);
    }
}
