using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 176: the sex of the adopter or adopters (AD1 SEX_ADOPTR), when given, must be M1, F1, MM, FF or MF.</summary>
public sealed class Rule176() : Ssda903Rule("176", "The sex of the adopters (SEX_ADOPTR) is not a valid code (M1, F1, MM, FF or MF).", "AD1", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].SexAdoptr is { } value && !Ssda903CodeLists.SexOfAdopters.Contains(value))
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
