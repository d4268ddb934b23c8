using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Cohort;

/// <summary>
/// One looked-after child in one LA's SSDA903 return year (1 April to 31 March), reduced to what the dashboards count.
/// </summary>
/// <param name="LaCode">The LA whose return holds the child.</param>
/// <param name="Year">The return year (the year of the 31 March it ends on).</param>
/// <param name="LookedAfterAt31March">An episode was open at the end of 31 March.</param>
/// <param name="Moves">Placement moves that began in the year (see <see cref="PlacementChanges"/>).</param>
/// <param name="Breakdowns">Of those moves, the ones that ended the previous placement unplanned.</param>
/// <param name="HomeDistrict">Postcode district of home, from the episode open at 31 March (else the latest).</param>
/// <param name="PlacementDistrict">Postcode district of the placement, from the same episode.</param>
/// <param name="RecordKey">The child's record key for disclosure control (see <see cref="RecordKeys"/>).</param>
public sealed record ChildInYear(
    string LaCode,
    int Year,
    string AgeBand,
    string Sex,
    string EthnicGroup,
    string Need,
    bool LookedAfterAt31March,
    int Moves,
    int Breakdowns,
    string? HomeDistrict,
    string? PlacementDistrict,
    byte RecordKey) : IKeyedRecord;
