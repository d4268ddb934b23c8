using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 380: a period of care cannot begin with a temporary placement: a temporary episode (T0 to T4) begins with a change of placement (RNE P or B).</summary>
public sealed class Rule380() : Ssda903Rule("380", "A period of care cannot begin with a temporary placement (T0 to T4): its reason for a new episode (RNE) must be P or B.", "Episodes", "PLACE", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (TemporaryPlacements.Contains(episode.Place) && episode.Rne is not ("P" or "B"))
                findings.Add(episode, "RNE");
    }
}
