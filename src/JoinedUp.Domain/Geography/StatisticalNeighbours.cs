namespace JoinedUp.Domain.Geography;

/// <summary>
/// Statistical neighbours: for each LA, the ten English LAs most like it, closest first, to compare its figures with.
/// Source: the Department for Education's children's services statistical neighbour benchmarking model (NFER for the
/// DfES, 2007; groupings updated April 2021), as the DfE publishes them in its statistical neighbour groupings file
/// ("New_Statistical_Neighbour_Groupings_April_2021.csv", used by the DfE's children's social care dashboards).
/// JoinedUp ships the lists of London's 33 LAs as reference data (DfE LA codes); neighbours outside London are kept,
/// in order, although JoinedUp holds no figures for them. Decision: docs/decisions/0008-la-comparators.md.
/// </summary>
public static class StatisticalNeighbours
{
    public const string Source = "DfE children's services statistical neighbours (April 2021 groupings)";

    private static readonly Dictionary<string, string[]> Lists = new(StringComparer.Ordinal)
    {
        ["201"] = ["207", "213", "212", "202", "318", "205", "302", "314", "846", "868"], // City of London
        ["202"] = ["213", "205", "207", "206", "212", "352", "203", "870", "309", "302"], // Camden
        ["203"] = ["308", "301", "309", "320", "352", "870", "210", "205", "307", "315"], // Greenwich
        ["204"] = ["210", "208", "309", "209", "206", "320", "205", "306", "203", "308"], // Hackney
        ["205"] = ["212", "213", "202", "207", "206", "309", "203", "315", "870", "210"], // Hammersmith and Fulham
        ["206"] = ["205", "202", "213", "210", "309", "204", "352", "208", "212", "203"], // Islington
        ["207"] = ["213", "205", "212", "202", "302", "201", "315", "870", "846", "206"], // Kensington and Chelsea
        ["208"] = ["204", "209", "210", "309", "306", "206", "320", "205", "308", "203"], // Lambeth
        ["209"] = ["208", "306", "309", "320", "204", "210", "308", "304", "203", "205"], // Lewisham
        ["210"] = ["204", "208", "309", "206", "203", "209", "205", "320", "308", "306"], // Southwark
        ["211"] = ["202", "316", "213", "206", "352", "204", "330", "821", "205", "309"], // Tower Hamlets
        ["212"] = ["205", "207", "315", "213", "202", "870", "302", "846", "309", "318"], // Wandsworth
        ["213"] = ["202", "205", "207", "206", "212", "352", "203", "870", "302", "315"], // Westminster
        ["301"] = ["203", "308", "352", "821", "330", "320", "871", "892", "331", "316"], // Barking and Dagenham
        ["302"] = ["315", "314", "870", "319", "312", "317", "313", "826", "307", "305"], // Barnet
        ["303"] = ["311", "883", "887", "826", "882", "941", "886", "866", "822", "881"], // Bexley
        ["304"] = ["307", "320", "306", "309", "316", "308", "313", "871", "317", "203"], // Brent
        ["305"] = ["358", "919", "867", "319", "356", "822", "931", "334", "850", "823"], // Bromley
        ["306"] = ["308", "320", "209", "309", "304", "203", "208", "330", "315", "307"], // Croydon
        ["307"] = ["313", "315", "317", "312", "310", "304", "302", "871", "320", "870"], // Ealing
        ["308"] = ["320", "306", "203", "309", "330", "301", "821", "870", "312", "307"], // Enfield
        ["309"] = ["320", "204", "210", "308", "208", "209", "306", "203", "205", "206"], // Haringey
        ["310"] = ["317", "307", "313", "312", "302", "315", "314", "871", "319", "304"], // Harrow
        ["311"] = ["303", "887", "881", "351", "886", "883", "941", "866", "888", "882"], // Havering
        ["312"] = ["313", "317", "871", "319", "302", "870", "307", "331", "826", "315"], // Hillingdon
        ["313"] = ["307", "312", "871", "317", "302", "310", "315", "870", "856", "319"], // Hounslow
        ["314"] = ["302", "319", "315", "318", "868", "870", "936", "919", "867", "305"], // Kingston upon Thames
        ["315"] = ["302", "307", "870", "314", "319", "317", "312", "212", "313", "308"], // Merton
        ["316"] = ["304", "320", "301", "203", "309", "307", "871", "308", "821", "204"], // Newham
        ["317"] = ["312", "307", "302", "313", "871", "310", "315", "821", "319", "870"], // Redbridge
        ["318"] = ["868", "936", "872", "931", "314", "825", "919", "305", "873", "869"], // Richmond upon Thames
        ["319"] = ["305", "870", "919", "822", "867", "302", "314", "303", "826", "866"], // Sutton
        ["320"] = ["308", "309", "306", "304", "203", "330", "821", "307", "209", "315"], // Waltham Forest
    };

    /// <summary>The LAs whose lists JoinedUp holds (London's 33).</summary>
    public static IReadOnlyCollection<string> Las => Lists.Keys;

    /// <summary>The LA's ten statistical neighbours, closest first (DfE codes); empty for an LA whose list JoinedUp does not hold.</summary>
    public static IReadOnlyList<string> Of(string dfeCode) => Lists.TryGetValue(dfeCode, out var list) ? list : [];
}
