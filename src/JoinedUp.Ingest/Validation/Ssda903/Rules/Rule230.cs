using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 230 (2023/24 only; from 2024/25 rule 218 covers it): supported accommodation (H5) in England open on or after
/// 29 October 2023 needs its Ofsted URN ("XXXXXXX" does not count). England is judged as in rule 218: postcode areas wholly
/// or partly outside England (<see cref="PlacementsOutsideEngland"/>) are exempt. An end date that is not a date is rule 147's concern.
/// </summary>
public sealed class Rule230() : Ssda903Rule("230", "Supported accommodation (H5) in England needs its Ofsted URN from 29 October 2023.", "Episodes", "URN", "PLACE", "DEC")
{
    private static readonly DateOnly Registered = new(2023, 10, 29);

    public override CollectionYears Years => new(2024, 2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place != "H5" || (episode.Urn is { } urn && urn != "XXXXXXX")) continue;
            if (episode.DecText is not null && !(episode.Dec >= Registered)) continue;
            if (PlacementsOutsideEngland.MayBe(episode.PlPost)) continue;
            findings.Add(episode, "URN");
        }
    }
}
