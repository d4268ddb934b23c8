namespace JoinedUp.Domain.Geography;

/// <summary>Every English local authority with children's services responsibilities.</summary>
public static class EnglishLocalAuthorities
{
    /// <summary>DfE code, ONS code, name and ONS region for each LA (DfE LA codes, 2024 boundaries).</summary>
    public static IReadOnlyList<LocalAuthority> All { get; } =
    [
        new("201", "E09000001", "City of London", "London"),
        new("202", "E09000007", "Camden", "London"),
        new("203", "E09000011", "Greenwich", "London"),
        new("204", "E09000012", "Hackney", "London"),
        new("205", "E09000013", "Hammersmith and Fulham", "London"),
        new("206", "E09000019", "Islington", "London"),
        new("207", "E09000020", "Kensington and Chelsea", "London"),
        new("208", "E09000022", "Lambeth", "London"),
        new("209", "E09000023", "Lewisham", "London"),
        new("210", "E09000028", "Southwark", "London"),
        new("211", "E09000030", "Tower Hamlets", "London"),
        new("212", "E09000032", "Wandsworth", "London"),
        new("213", "E09000033", "Westminster", "London"),
        new("301", "E09000002", "Barking and Dagenham", "London"),
        new("302", "E09000003", "Barnet", "London"),
        new("303", "E09000004", "Bexley", "London"),
        new("304", "E09000005", "Brent", "London"),
        new("305", "E09000006", "Bromley", "London"),
        new("306", "E09000008", "Croydon", "London"),
        new("307", "E09000009", "Ealing", "London"),
        new("308", "E09000010", "Enfield", "London"),
        new("309", "E09000014", "Haringey", "London"),
        new("310", "E09000015", "Harrow", "London"),
        new("311", "E09000016", "Havering", "London"),
        new("312", "E09000017", "Hillingdon", "London"),
        new("313", "E09000018", "Hounslow", "London"),
        new("314", "E09000021", "Kingston upon Thames", "London"),
        new("315", "E09000024", "Merton", "London"),
        new("316", "E09000025", "Newham", "London"),
        new("317", "E09000026", "Redbridge", "London"),
        new("318", "E09000027", "Richmond upon Thames", "London"),
        new("319", "E09000029", "Sutton", "London"),
        new("320", "E09000031", "Waltham Forest", "London"),
    ];

    private static readonly Dictionary<string, LocalAuthority> ByCode = All.ToDictionary(la => la.DfeCode);

    public static LocalAuthority? ByDfeCode(string code) => ByCode.GetValueOrDefault(code.Trim());
}
