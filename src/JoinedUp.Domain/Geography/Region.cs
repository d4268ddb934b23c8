namespace JoinedUp.Domain.Geography;

/// <summary>
/// A region in JoinedUp's sense: any named set of local authorities that pool their data,
/// optionally divided into footprints (for London, the five integrated care systems).
/// </summary>
public sealed class Region
{
    private readonly Dictionary<string, LocalAuthority> _byCode;
    private readonly Dictionary<string, string> _footprintOf;

    public Region(string name, IEnumerable<LocalAuthority> members, IReadOnlyDictionary<string, IReadOnlyList<string>>? footprints = null)
    {
        Name = name;
        Members = members.OrderBy(la => la.Name, StringComparer.Ordinal).ToList();
        _byCode = Members.ToDictionary(la => la.DfeCode);
        Footprints = footprints ?? new Dictionary<string, IReadOnlyList<string>>();
        _footprintOf = new Dictionary<string, string>();
        foreach (var (footprint, codes) in Footprints)
        {
            foreach (var code in codes)
            {
                if (!_byCode.ContainsKey(code))
                    throw new ArgumentException($"Footprint '{footprint}' names LA {code}, which is not a member of region '{name}'.");
                if (!_footprintOf.TryAdd(code, footprint))
                    throw new ArgumentException($"LA {code} is in two footprints of region '{name}': '{_footprintOf[code]}' and '{footprint}'.");
            }
        }
    }

    public string Name { get; }
    public IReadOnlyList<LocalAuthority> Members { get; }

    /// <summary>Footprint name (e.g. "North Central London ICS") to the DfE codes of its LAs.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Footprints { get; }

    public bool Contains(string dfeCode) => _byCode.ContainsKey(dfeCode);

    public LocalAuthority this[string dfeCode] => _byCode[dfeCode];

    public string? FootprintOf(string dfeCode) => _footprintOf.GetValueOrDefault(dfeCode);
}
