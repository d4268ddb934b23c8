using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 175: the number of adopters (AD1 NB_ADOPTR), when given, must be 1 or 2.</summary>
public sealed class Rule175() : Ssda903Rule("175", "The number of adopters (NB_ADOPTR) must be 1 or 2.", "AD1", "NB_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].NbAdoptr is { } value && !AdopterCodes.NumberOfAdopters.Contains(value))
                findings.Add(adoptions[i], "NB_ADOPTR");
    }
}
