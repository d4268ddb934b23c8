using JoinedUp.Disclosure;

namespace JoinedUp.Provision.Occupancy;

/// <summary>
/// One child in an LA's placements snapshot on 31 March, with where the placement is: the setting's URN and host
/// authority from the snapshot, the home and placement postcode districts from the same LA's SSDA903 episode open that
/// day, and the distance between them. Carries its record key so every count of it is protected.
/// </summary>
/// <param name="SnapshotType">The snapshot's placement type (children's home, secure, fostering...).</param>
/// <param name="EstablishmentType">The establishment type that meets it, or null for placements not in a registered setting.</param>
/// <param name="Sourcing">Spot purchase, framework or block contract (<see cref="Map.ContractStatus"/>), or "not recorded".</param>
/// <param name="InLa">Placed inside the placing LA (host authority is the LA), or null when the host is not recorded.</param>
/// <param name="InRegion">Placed inside the region, or null when the host is not recorded.</param>
public sealed record PlacedChild(
    string LaCode,
    int Year,
    byte RecordKey,
    int? Age,
    string SnapshotType,
    string? EstablishmentType,
    string NeedGroup,
    string RiskLevel,
    string? Urn,
    string? HostAuthority,
    string Sourcing,
    double WeeklyCost,
    string? HomeDistrict,
    string? PlacementDistrict,
    double? DistanceKm,
    bool? InLa,
    bool? InRegion) : IKeyedRecord
{
    public const string NotRecorded = "not recorded";
}
