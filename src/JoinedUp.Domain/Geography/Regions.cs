namespace JoinedUp.Domain.Geography;

/// <summary>The regions JoinedUp knows by name: London with its five ICSs, and each English region.</summary>
public static class Regions
{
    public const string LondonName = "london";

    public static Region London { get; } = BuildLondon();

    /// <summary>A region by its name: "london", or an English region such as "north-west".</summary>
    public static Region? Find(string name)
    {
        var key = Normalise(name);
        if (key == LondonName) return London;
        var members = EnglishLocalAuthorities.All.Where(la => Normalise(la.EnglishRegion) == key).ToList();
        return members.Count == 0 ? null : new Region(members[0].EnglishRegion, members);
    }

    /// <summary>A region made of any named set of LAs.</summary>
    public static Region Of(string name, IEnumerable<string> dfeCodes) =>
        new(name, dfeCodes.Select(code => EnglishLocalAuthorities.ByDfeCode(code)
            ?? throw new ArgumentException($"'{code}' is not the DfE code of an English local authority.")));

    private static string Normalise(string name) => name.Trim().ToLowerInvariant().Replace(' ', '-');

    private static Region BuildLondon()
    {
        var footprints = new Dictionary<string, IReadOnlyList<string>>
        {
            ["North Central London ICS"] = Codes("Barnet", "Camden", "Enfield", "Haringey", "Islington"),
            ["North East London ICS"] = Codes("Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest"),
            ["North West London ICS"] = Codes("Brent", "Ealing", "Hammersmith and Fulham", "Harrow", "Hillingdon", "Hounslow", "Kensington and Chelsea", "Westminster"),
            ["South East London ICS"] = Codes("Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark"),
            ["South West London ICS"] = Codes("Croydon", "Kingston upon Thames", "Merton", "Richmond upon Thames", "Sutton", "Wandsworth"),
        };
        return new Region("London", EnglishLocalAuthorities.All.Where(la => la.EnglishRegion == "London"), footprints);
    }

    private static IReadOnlyList<string> Codes(params string[] names) =>
        names.Select(n => EnglishLocalAuthorities.All.Single(la => la.EnglishRegion == "London" && la.Name == n).DfeCode).ToList();
}
