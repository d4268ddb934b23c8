namespace JoinedUp.Synthetic.Snapshot;

/// <summary>The placement types of the regional placements snapshot, from the SSDA903 placement type.</summary>
public static class SnapshotPlacementType
{
    public const string ResidentialSpecialSchool = "residential special school";
    public const string ChildrensHome = "children's home";
    public const string Secure = "secure";
    public const string SupportedAccommodation = "supported accommodation";
    public const string Fostering = "fostering";
    public const string Tier4Inpatient = "tier 4 inpatient";
    public const string Other = "other";

    public static string From(string ssda903PlacementType) => ssda903PlacementType switch
    {
        "S1" => ResidentialSpecialSchool,
        "K2" or "R1" => ChildrensHome,
        "K1" => Secure,
        "H5" or "P2" => SupportedAccommodation,
        "R2" => Tier4Inpatient,
        _ when ssda903PlacementType.StartsWith('U') => Fostering,
        _ => Other,
    };
}
