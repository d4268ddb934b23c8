namespace JoinedUp.Synthetic.Provision;

/// <summary>
/// The gaps the synthetic provision map is built to have, so that a sufficiency analysis can be checked against them:
/// <list type="bullet">
/// <item>No residential setting (children's home or secure children's home) able to hold high risk for a child with SEMH
/// is within <see cref="HighRiskSemhRadiusKm"/> km of London: every such setting is in a district of
/// <see cref="FarDistricts"/> (the West Midlands, the North West, East Anglia, the south coast). Seed 000: "challenges
/// with accessing residential settings that were able and willing to hold the level of risk".</item>
/// <item>No LA of <see cref="NoIntensiveSupportFootprint"/> lists an intensive support service in its service mapping
/// return.</item>
/// </list>
/// </summary>
public static class PlantedProvisionGaps
{
    public const double HighRiskSemhRadiusKm = 50;

    public const string NoIntensiveSupportFootprint = "North West London ICS";

    /// <summary>Districts more than 60 km from every London district, the only homes of high-risk SEMH settings.</summary>
    public static IReadOnlyList<(string District, string Authority)> FarDistricts { get; } =
    [
        ("B12", "Birmingham"), ("M14", "Manchester"), ("LE1", "Leicester"), ("NR1", "Norfolk"), ("NN1", "West Northamptonshire"),
        ("PE1", "Peterborough"), ("CO1", "Essex"), ("TN34", "East Sussex"), ("CT9", "Kent"), ("BN1", "Brighton and Hove"), ("MK9", "Milton Keynes"),
    ];
}
