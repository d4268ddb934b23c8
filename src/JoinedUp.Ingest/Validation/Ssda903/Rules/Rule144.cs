using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 144: the legal status (LS), when given, must be one of the DfE's codes.</summary>
public sealed class Rule144() : Ssda903Rule("144", "The legal status (LS) is not one of the DfE's codes.", "Episodes", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Ls is { } code && !Ssda903CodeLists.LegalStatus.Contains(code))
                findings.Add(episode, "LS");
    }
}
