namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// Which placements count as residential or inpatient care, the escalation the early warning tries to anticipate:
/// SSDA903 K1 (secure children's home), K2 (children's home), R1 (residential care home), R2 (NHS/health trust or other
/// medical establishment: inpatient), S1 (residential school), short breaks (legal status V3, V4) apart; in the placements snapshot, a residential special
/// school, children's home, secure unit or tier 4 inpatient placement.
/// </summary>
public static class ResidentialCare
{
    public static readonly IReadOnlySet<string> Ssda903Placements = new HashSet<string>(StringComparer.Ordinal) { "K1", "K2", "R1", "R2", "S1" };

    public static readonly IReadOnlySet<string> SnapshotPlacements = new HashSet<string>(StringComparer.Ordinal)
        { "residential special school", "children's home", "secure", "tier 4 inpatient" };

    public static bool IsResidentialOrInpatient(string? ssda903Placement) => ssda903Placement is not null && Ssda903Placements.Contains(ssda903Placement);

    /// <summary>An episode in residential or inpatient care that is not a short break (legal status V3 or V4: planned short stays are not escalation).</summary>
    public static bool IsResidentialOrInpatient(CareEpisodeFact episode) =>
        IsResidentialOrInpatient(episode.PlacementType) && !IsShortBreak(episode);

    public static bool IsShortBreak(CareEpisodeFact episode) =>
        episode.LegalStatus is { } ls && JoinedUp.Domain.Codes.Ssda903CodeLists.ShortBreakLegalStatuses.Contains(ls);

    public static bool IsSnapshotResidentialOrInpatient(string placementType) => SnapshotPlacements.Contains(placementType);
}
