using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 218: an episode open on or after the first day of the collection year in a placement in England needs the Ofsted
/// URN of the placement, unless its type has none: P1, P3, R1, R2, R5, T0 to T4 and Z1, and in 2023/24 also H5 and P2
/// (from 2024/25 supported accommodation, H5, is registered with Ofsted, and P2 no longer exists). "XXXXXXX" counts as
/// given. The DfE tells England from the LA the placement postcode lies in; JoinedUp, without the postcode directory,
/// exempts postcode areas wholly or partly outside England (<see cref="PlacementsOutsideEngland"/>), and checks a blank or
/// unknown postcode as in England, as the DfE does.
/// </summary>
public sealed class Rule218() : Ssda903Rule("218", "The placement's Ofsted URN is required for this placement type.", "Episodes", "URN", "PLACE", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var until2024 = child.Return.Year <= 2024;
        var start = child.Return.CollectionStart;
        foreach (var episode in child.Episodes)
        {
            // A short break (V3/V4) gives no URN: rule 214 wants it blank, and one rule cannot ask for both.
            if (episode.Urn is not null || episode.Place is not { } place || Exempt(place, until2024) || episode.Ls is "V3" or "V4") continue;
            if (episode.DecText is not null && !(episode.Dec >= start)) continue;
            if (PlacementsOutsideEngland.MayBe(episode.PlPost)) continue;
            findings.Add(episode, "URN", $"A placement of type {place} in England needs its Ofsted URN; URN is blank.");
        }
    }

    private static bool Exempt(string place, bool until2024) =>
        place is "P1" or "P3" or "R1" or "R2" or "R5" or "T0" or "T1" or "T2" or "T3" or "T4" or "Z1" || (until2024 && place is "H5" or "P2");
}
