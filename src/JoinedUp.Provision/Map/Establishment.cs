namespace JoinedUp.Provision.Map;

/// <summary>
/// A registered residential setting on the region's provision map (table provision_establishment): shared by every LA
/// of the region, one record per Ofsted URN. Prices are weekly, in pounds.
/// </summary>
/// <param name="HostLa">Name of the local authority the setting is in.</param>
/// <param name="District">Postcode district (outward code) of the setting, for distances.</param>
/// <param name="NeedsMet">The specialist need groups it can meet (<see cref="NeedGroup.Specialist"/>); every setting meets "other".</param>
/// <param name="RiskLevel">The highest risk it is able and willing to hold (<see cref="Map.RiskLevel"/>).</param>
public sealed record Establishment(
    string Urn,
    string Name,
    string Type,
    string HostLa,
    string District,
    string OfstedGrade,
    DateOnly? OfstedDate,
    int RegisteredPlaces,
    int MinAge,
    int MaxAge,
    string Sexes,
    IReadOnlyList<string> NeedsMet,
    string RiskLevel,
    decimal WeeklyPriceMin,
    decimal WeeklyPriceMax,
    string ContractStatus)
{
    /// <summary>Whether the setting can meet a need group at a risk level for a child of an age (null when not known).</summary>
    public bool CanMeet(string type, string needGroup, string riskLevel, int? age) =>
        Type == type
        && (needGroup == NeedGroup.Other || NeedsMet.Contains(needGroup))
        && Map.RiskLevel.CanHold(RiskLevel, riskLevel)
        && (age is not { } a || (a >= MinAge && a <= MaxAge));

    /// <summary>The middle of the weekly price band.</summary>
    public decimal WeeklyPriceMid => (WeeklyPriceMin + WeeklyPriceMax) / 2;
}
