using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 1009: a reason for the placement change, when given, must be one of the DfE's codes (blank is rule 225's concern).</summary>
public sealed class Rule1009() : Ssda903Rule("1009", "The reason for the placement change is not one of the DfE's codes.", "Episodes", "REASON_PLACE_CHANGE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.ReasonPlaceChange is { } reason && !Ssda903CodeLists.ReasonPlacementChange.Contains(reason))
                findings.Add(episode, "REASON_PLACE_CHANGE");
    }
}
