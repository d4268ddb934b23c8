namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 366: the child cannot change placement or legal status during a single short break (V3), so each V3 episode begins a new period of care (RNE S).</summary>
public sealed class Rule366() : Ssda903Rule("366", "A short break (legal status V3) cannot include a change of placement: its reason for a new episode (RNE) must be S.", "Episodes", "RNE", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Ls == "V3" && episode.Rne != "S")
                findings.Add(episode, "RNE");
    }
}
