namespace JoinedUp.Domain.Children;

/// <summary>
/// An SSDA903 episode of care: a period during which legal status, placement and carer did not change.
/// Postcodes are held to district (outward code) only.
/// </summary>
/// <param name="Pseudonym">The child's pseudonym (see <see cref="ChildRecord"/>).</param>
/// <param name="Start">DECOM: date episode commenced.</param>
/// <param name="End">DEC: date episode ceased; null while the episode is open.</param>
/// <param name="ReasonNewEpisode">RNE code (L, P, T, S, U, B).</param>
/// <param name="LegalStatus">LS code (C1, C2, D1, E1, J1-J3, L1-L3, V2-V4).</param>
/// <param name="CategoryOfNeed">CIN code (N1-N8).</param>
/// <param name="PlacementType">PLACE code (A3-A6, H5, K1, K2, P1-P3, R1-R5, S1, T0-T4, U1-U6, Z1).</param>
/// <param name="PlacementProvider">PLACE_PROVIDER code (PR0-PR5).</param>
/// <param name="ReasonEpisodeCeased">REC code, null while open (X1 means the episode ceased but care continues).</param>
/// <param name="ReasonPlacementChange">REASON_PLACE_CHANGE code, where the placement changed.</param>
/// <param name="HomeDistrict">Outward code of the child's home postcode.</param>
/// <param name="PlacementDistrict">Outward code of the placement postcode.</param>
/// <param name="Urn">Ofsted URN of the placement, where there is one.</param>
/// <param name="RowNumber">Row (or element position) in the source, for error reports.</param>
public sealed record EpisodeRecord(
    string Pseudonym,
    DateOnly Start,
    DateOnly? End,
    string? ReasonNewEpisode,
    string? LegalStatus,
    string? CategoryOfNeed,
    string? PlacementType,
    string? PlacementProvider,
    string? ReasonEpisodeCeased,
    string? ReasonPlacementChange,
    string? HomeDistrict,
    string? PlacementDistrict,
    string? Urn,
    int RowNumber);
