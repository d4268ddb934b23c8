using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 146: the placement type (PLACE), when given, must be one of the DfE's codes.</summary>
public sealed class Rule146() : Ssda903Rule("146", "The placement type (PLACE) is not one of the DfE's codes.", "Episodes", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Place is { } code && !Ssda903CodeLists.PlacementType.Contains(code))
                findings.Add(episode, "PLACE");
    }
}
