using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 177: the legal status of the adopters (AD1 LS_ADOPTR), when given, must be L0, L11, L12, L2, L3 or L4.</summary>
public sealed class Rule177() : Ssda903Rule("177", "The legal status of the adopters (LS_ADOPTR) is not a valid code (L0, L11, L12, L2, L3 or L4).", "AD1", "LS_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr is { } value && !Ssda903CodeLists.LegalStatusOfAdopters.Contains(value))
                findings.Add(adoptions[i], "LS_ADOPTR");
    }
}
