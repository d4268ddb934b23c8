using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Placements;

/// <summary>
/// One child's placement in an LA's regional placements snapshot (table snapshot_placement), reduced to what the
/// high-cost cohort view counts. Costs are weekly, in pounds; the three agency amounts add up to the weekly cost.
/// </summary>
/// <param name="Year">The snapshot's year (its submission year).</param>
/// <param name="AgeAtPlacement">Whole years at the placement's start, from the birth month when known, else from the age given.</param>
/// <param name="PrimaryNeed">SEN type code (ASD, SEMH, SLD...) or null when not recorded.</param>
public sealed record SnapshotPlacement(
    string LaCode,
    int Year,
    string AgeBand,
    int? AgeAtPlacement,
    string Sex,
    string EthnicGroup,
    string PlacementType,
    double WeeklyCost,
    double SocialCareCost,
    double EducationCost,
    double HealthCost,
    string? PrimaryNeed,
    byte RecordKey) : IKeyedRecord;
