using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 178: the placement provider (PLACE_PROVIDER), when given, must be one of the DfE's codes, and is not given for a
/// placement that has no provider (temporary placements T0 to T4, and Z1).
/// </summary>
public sealed class Rule178() : Ssda903Rule("178", "The placement provider (PLACE_PROVIDER) is not one of the DfE's codes.", "Episodes", "PLACE_PROVIDER", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.PlaceProvider is not { } provider) continue;
            if (!Ssda903CodeLists.PlacementProvider.Contains(provider))
                findings.Add(episode, "PLACE_PROVIDER");
            else if (episode.Place is "T0" or "T1" or "T2" or "T3" or "T4" or "Z1")
                findings.Add(episode, "PLACE_PROVIDER", $"A placement of type {episode.Place} has no provider, so the placement provider (PLACE_PROVIDER) should be blank.");
        }
    }
}
