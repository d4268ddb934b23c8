using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 214: where the child is placed is not recorded for short breaks (V3, V4): the placement postcode (PL_POST) and URN are left blank.</summary>
public sealed class Rule214() : Ssda903Rule("214", "For a short break (legal status V3 or V4) the placement postcode (PL_POST) and Ofsted URN should be blank.", "Episodes", "PL_POST", "URN", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (ShortBreaks.Contains(episode.Ls) && (episode.PlPost is not null || episode.Urn is not null))
                findings.Add(episode, episode.PlPost is not null ? "PL_POST" : "URN");
    }
}
