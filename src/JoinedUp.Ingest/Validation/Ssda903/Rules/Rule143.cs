using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 143: the reason for the new episode (RNE), when given, must be one of the DfE's codes.</summary>
public sealed class Rule143() : Ssda903Rule("143", "The reason for the new episode (RNE) is not one of the DfE's codes.", "Episodes", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Rne is { } code && !Ssda903CodeLists.ReasonNewEpisode.Contains(code))
                findings.Add(episode, "RNE");
    }
}
