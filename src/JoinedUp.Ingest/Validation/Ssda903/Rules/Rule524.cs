using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 524: adopters whose legal status (LS_ADOPTR) is L12 (a married couple of the same sex) must have the sex of adopters (SEX_ADOPTR) MM or FF.</summary>
public sealed class Rule524() : Ssda903Rule("524", "The legal status of adopters (LS_ADOPTR L12) is a married couple of the same sex, so the sex of adopters (SEX_ADOPTR) must be MM or FF.", "AD1", "LS_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr == "L12" && !(AdopterCodes.IsIn(AdopterCodes.SameSexCouple, adoptions[i].SexAdoptr)))
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
