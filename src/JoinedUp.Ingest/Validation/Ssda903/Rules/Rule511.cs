using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 511: two adopters (NB_ADOPTR 2) must be a couple by their sexes (SEX_ADOPTR MM, FF or MF).</summary>
public sealed class Rule511() : Ssda903Rule("511", "Two adopters (NB_ADOPTR 2) need the sex of adopters (SEX_ADOPTR) of a couple: MM, FF or MF.", "AD1", "NB_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].NbAdoptr == "2" && !AdopterCodes.IsIn(AdopterCodes.Couple, adoptions[i].SexAdoptr))
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
