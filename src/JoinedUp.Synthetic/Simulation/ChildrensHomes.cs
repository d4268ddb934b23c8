using JoinedUp.Domain.Geography;

namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// The Ofsted-registered settings (children's homes, secure children's homes, residential schools) one LA places
/// children in: each has a fixed URN (6 or 7 digits, as Ofsted's SC-series and newer numbers are), postcode and host
/// authority, so the same setting recurs across children and years.
/// </summary>
internal sealed class ChildrensHomes(LocalAuthority la, Region region, int poolSize, Random rng)
{
    private readonly Dictionary<(string Type, int Index), (string Urn, string Postcode, string Host)> _settings = [];
    private readonly HashSet<string> _urns = [];

    public (string Urn, string Postcode, string Host) Pick(string placementType)
    {
        var size = placementType == "K2" ? poolSize : Math.Max(2, poolSize / 6);
        var key = (placementType, rng.Next(size));
        if (_settings.TryGetValue(key, out var setting)) return setting;
        string urn;
        do
        {
            urn = rng.Chance(0.3) ? rng.Next(100_000, 1_000_000).ToString("D6") : rng.Next(1_000_000, 3_000_000).ToString("D7");
        } while (!_urns.Add(urn));
        var (postcode, host) = PostcodeDistricts.Placement(la, region, residential: true, rng);
        setting = (urn, postcode, host);
        _settings[key] = setting;
        return setting;
    }
}
