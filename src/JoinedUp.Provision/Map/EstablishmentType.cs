namespace JoinedUp.Provision.Map;

/// <summary>
/// The kinds of Ofsted-registered residential setting the provision map holds, named as the placements snapshot names
/// its placement types, so that demand (children placed) and supply (places registered) meet on the same words.
/// </summary>
public static class EstablishmentType
{
    public const string ChildrensHome = "children's home";
    public const string ResidentialSpecialSchool = "residential special school";
    public const string SecureChildrensHome = "secure children's home";

    public static IReadOnlyList<string> All { get; } = [ChildrensHome, ResidentialSpecialSchool, SecureChildrensHome];

    /// <summary>The establishment type that meets a snapshot placement type, or null for placements not in an establishment (fostering, supported accommodation, hospital).</summary>
    public static string? ForSnapshotPlacement(string placementType) => placementType.Trim().ToLowerInvariant() switch
    {
        "children's home" => ChildrensHome,
        "residential special school" => ResidentialSpecialSchool,
        "secure" or "secure children's home" => SecureChildrensHome,
        _ => null,
    };

    public static string? Parse(string text) => All.FirstOrDefault(t => string.Equals(t, Normalise(text), StringComparison.Ordinal))
        ?? (Normalise(text) == "secure" ? SecureChildrensHome : null);

    private static string Normalise(string text) => text.Trim().ToLowerInvariant().Replace('’', '\'');
}
