namespace JoinedUp.Analytics.Population;

/// <summary>
/// Resident children aged 0 to 17 by LA, the denominator of rates per 10,000 children.
/// Figures: ONS mid-year population estimates, mid-2021 (released 2022), rounded to the nearest thousand
/// (City of London to the nearest hundred). They are approximate and the same for every return year.
/// </summary>
public static class ChildPopulation
{
    private static readonly Dictionary<string, int> Aged0To17 = new()
    {
        ["201"] = 1_100,   // City of London
        ["202"] = 42_000,  // Camden
        ["203"] = 66_000,  // Greenwich
        ["204"] = 57_000,  // Hackney
        ["205"] = 34_000,  // Hammersmith and Fulham
        ["206"] = 39_000,  // Islington
        ["207"] = 27_000,  // Kensington and Chelsea
        ["208"] = 56_000,  // Lambeth
        ["209"] = 65_000,  // Lewisham
        ["210"] = 59_000,  // Southwark
        ["211"] = 68_000,  // Tower Hamlets
        ["212"] = 61_000,  // Wandsworth
        ["213"] = 36_000,  // Westminster
        ["301"] = 64_000,  // Barking and Dagenham
        ["302"] = 92_000,  // Barnet
        ["303"] = 55_000,  // Bexley
        ["304"] = 77_000,  // Brent
        ["305"] = 72_000,  // Bromley
        ["306"] = 94_000,  // Croydon
        ["307"] = 82_000,  // Ealing
        ["308"] = 81_000,  // Enfield
        ["309"] = 55_000,  // Haringey
        ["310"] = 58_000,  // Harrow
        ["311"] = 58_000,  // Havering
        ["312"] = 76_000,  // Hillingdon
        ["313"] = 67_000,  // Hounslow
        ["314"] = 37_000,  // Kingston upon Thames
        ["315"] = 48_000,  // Merton
        ["316"] = 85_000,  // Newham
        ["317"] = 75_000,  // Redbridge
        ["318"] = 44_000,  // Richmond upon Thames
        ["319"] = 49_000,  // Sutton
        ["320"] = 63_000,  // Waltham Forest
    };

    /// <summary>The LA's 0-17 population, or null where JoinedUp has no estimate for it.</summary>
    public static int? Of(string laCode) => Aged0To17.TryGetValue(laCode, out var n) ? n : null;
}
