using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 514: adopters whose legal status (LS_ADOPTR) is L0 (a single adopter) must have the sex of adopters (SEX_ADOPTR) of a single adopter: M1 or F1.</summary>
public sealed class Rule514() : Ssda903Rule("514", "The legal status of adopters (LS_ADOPTR L0) is a single adopter but the sex of adopters (SEX_ADOPTR) is not M1 or F1.", "AD1", "LS_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr == "L0" && !(AdopterCodes.IsIn(AdopterCodes.Single, adoptions[i].SexAdoptr)))
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
