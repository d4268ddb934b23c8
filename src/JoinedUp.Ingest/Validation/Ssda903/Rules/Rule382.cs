using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 382: a child on a short break (legal status V3 or V4) cannot be in a temporary placement (T0 to T4).</summary>
public sealed class Rule382() : Ssda903Rule("382", "A child on a short break (V3 or V4) cannot be in a temporary placement (T0 to T4).", "Episodes", "LS", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (ShortBreaks.Contains(episode.Ls) && TemporaryPlacements.Contains(episode.Place))
                findings.Add(episode, "PLACE");
    }
}
