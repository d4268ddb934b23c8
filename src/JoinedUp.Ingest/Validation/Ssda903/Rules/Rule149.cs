using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 149: the reason the episode ended (REC), when given, must be one of the DfE's codes.</summary>
public sealed class Rule149() : Ssda903Rule("149", "The reason the episode ended (REC) is not one of the DfE's codes.", "Episodes", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Rec is { } code && !Ssda903CodeLists.ReasonEpisodeCeased.Contains(code))
                findings.Add(episode, "REC");
    }
}
