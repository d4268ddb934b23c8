using JoinedUp.Domain.Geography;

namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// Real postcode districts (outward codes) by local authority, with synthetic inward parts: the home and placement
/// postcodes look like London's and out-of-area placements land in plausible host authorities.
/// </summary>
internal static class PostcodeDistricts
{
    private static readonly Dictionary<string, string[]> ByLaCode = new()
    {
        ["201"] = ["EC1A", "EC2V", "EC3M", "EC4Y"],
        ["202"] = ["NW1", "NW3", "NW5", "WC1H"],
        ["203"] = ["SE10", "SE18", "SE9", "SE7"],
        ["204"] = ["E8", "E5", "E9", "N16"],
        ["205"] = ["W6", "W12", "W14", "SW6"],
        ["206"] = ["N1", "N7", "N19", "N5"],
        ["207"] = ["W8", "W10", "W11", "SW5"],
        ["208"] = ["SW2", "SW9", "SE11", "SE27"],
        ["209"] = ["SE4", "SE6", "SE13", "SE14"],
        ["210"] = ["SE1", "SE5", "SE15", "SE16"],
        ["211"] = ["E1", "E2", "E3", "E14"],
        ["212"] = ["SW11", "SW12", "SW15", "SW18"],
        ["213"] = ["W2", "W9", "SW1V", "NW8"],
        ["301"] = ["RM8", "RM9", "RM10", "IG11"],
        ["302"] = ["N12", "NW4", "NW9", "EN5"],
        ["303"] = ["DA5", "DA6", "DA7", "DA15"],
        ["304"] = ["NW10", "HA9", "NW2", "NW6"],
        ["305"] = ["BR1", "BR2", "BR5", "BR6"],
        ["306"] = ["CR0", "CR2", "CR7", "SE25"],
        ["307"] = ["W5", "W13", "UB1", "W3"],
        ["308"] = ["EN1", "EN3", "N9", "N18"],
        ["309"] = ["N15", "N17", "N22", "N8"],
        ["310"] = ["HA1", "HA2", "HA3", "HA7"],
        ["311"] = ["RM1", "RM3", "RM7", "RM12"],
        ["312"] = ["UB3", "UB4", "UB8", "UB10"],
        ["313"] = ["TW3", "TW4", "TW5", "TW7"],
        ["314"] = ["KT1", "KT2", "KT3", "KT6"],
        ["315"] = ["SW19", "SM4", "CR4", "SW20"],
        ["316"] = ["E6", "E7", "E13", "E15"],
        ["317"] = ["IG1", "IG2", "IG3", "IG8"],
        ["318"] = ["TW1", "TW9", "TW10", "SW14"],
        ["319"] = ["SM1", "SM2", "SM3", "SM5"],
        ["320"] = ["E4", "E10", "E11", "E17"],
    };

    /// <summary>Districts outside London where London LAs place children, with the host authority's name.</summary>
    private static readonly (string District, string Authority)[] OutOfLondon =
    [
        ("ME1", "Medway"), ("ME4", "Medway"), ("CT9", "Kent"), ("TN34", "East Sussex"), ("BN1", "Brighton and Hove"),
        ("RH10", "West Sussex"), ("SS1", "Southend-on-Sea"), ("CM1", "Essex"), ("CO1", "Essex"), ("LU1", "Luton"),
        ("MK9", "Milton Keynes"), ("B12", "Birmingham"), ("NN1", "West Northamptonshire"), ("PE1", "Peterborough"),
        ("HP13", "Buckinghamshire"), ("SL1", "Slough"), ("GU1", "Surrey"), ("RG1", "Reading"), ("NR1", "Norfolk"),
        ("DA1", "Kent"), ("SG1", "Hertfordshire"), ("WD17", "Hertfordshire"), ("M14", "Manchester"), ("LE1", "Leicester"),
    ];

    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static IReadOnlyList<string> DistrictsOf(LocalAuthority la) =>
        ByLaCode.TryGetValue(la.DfeCode, out var districts) ? districts : ["ZZ" + la.DfeCode[..1]];

    /// <summary>A full postcode in one of the LA's districts.</summary>
    public static string HomePostcode(LocalAuthority la, Random rng)
    {
        if (!ByLaCode.TryGetValue(la.DfeCode, out var districts))
        {
            var (district, _) = rng.Pick(OutOfLondon);
            return WithInward(district, rng);
        }
        return WithInward(rng.Pick(districts), rng);
    }

    /// <summary>
    /// A placement postcode and its host authority: in the placing LA, elsewhere in the region, or out of London,
    /// with residential placements further away more often.
    /// </summary>
    public static (string Postcode, string HostAuthority) Placement(LocalAuthority home, Region region, bool residential, Random rng)
    {
        var roll = rng.NextDouble();
        var inOwnArea = residential ? 0.25 : 0.55;
        var inRegion = residential ? 0.45 : 0.82;
        if (roll < inOwnArea && ByLaCode.TryGetValue(home.DfeCode, out var own))
            return (WithInward(rng.Pick(own), rng), home.Name);
        if (roll < inRegion)
        {
            var other = region.Members[rng.Next(region.Members.Count)];
            if (ByLaCode.TryGetValue(other.DfeCode, out var districts))
                return (WithInward(rng.Pick(districts), rng), other.Name);
        }
        var (district, authority) = rng.Pick(OutOfLondon);
        return (WithInward(district, rng), authority);
    }

    private static string WithInward(string district, Random rng) =>
        $"{district} {rng.Next(1, 10)}{InwardLetters[rng.Next(InwardLetters.Length)]}{InwardLetters[rng.Next(InwardLetters.Length)]}";
}
