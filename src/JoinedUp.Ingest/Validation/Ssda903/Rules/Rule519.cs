using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 519: adopters whose legal status (LS_ADOPTR) is L2 (a couple in a civil partnership) must have the sex of adopters (SEX_ADOPTR) of a couple: MM, FF or MF.</summary>
public sealed class Rule519() : Ssda903Rule("519", "The legal status of adopters (LS_ADOPTR L2) is a civil partnership, so the sex of adopters (SEX_ADOPTR) must be a couple's: MM, FF or MF.", "AD1", "LS_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr == "L2" && !(AdopterCodes.IsIn(AdopterCodes.Couple, adoptions[i].SexAdoptr)))
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
