using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 381: a period of care cannot end with a temporary placement: a temporary episode (T0 to T4) that has ended did so with REC X1.</summary>
public sealed class Rule381() : Ssda903Rule("381", "A period of care cannot end with a temporary placement (T0 to T4): its reason for ending (REC) must be X1.", "Episodes", "PLACE", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (TemporaryPlacements.Contains(episode.Place) && episode.Rec is { } rec && rec != "X1")
                findings.Add(episode, "REC");
    }
}
