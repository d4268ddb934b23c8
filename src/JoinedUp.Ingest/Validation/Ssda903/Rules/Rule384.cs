using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 384: a child on a short break (legal status V3 or V4) cannot be in a long-term foster placement (U1 or U4).</summary>
public sealed class Rule384() : Ssda903Rule("384", "A child on a short break (V3 or V4) cannot be in a long-term foster placement (U1 or U4).", "Episodes", "PLACE", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (ShortBreaks.Contains(episode.Ls) && episode.Place is "U1" or "U4")
                findings.Add(episode, "PLACE");
    }
}
