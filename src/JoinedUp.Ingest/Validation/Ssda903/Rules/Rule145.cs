using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 145: the category of need (CIN), when given, must be one of the DfE's codes.</summary>
public sealed class Rule145() : Ssda903Rule("145", "The category of need (CIN) is not one of the DfE's codes.", "Episodes", "CIN")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Cin is { } code && !Ssda903CodeLists.CategoryOfNeed.Contains(code))
                findings.Add(episode, "CIN");
    }
}
