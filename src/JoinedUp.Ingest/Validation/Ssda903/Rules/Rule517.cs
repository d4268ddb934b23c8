namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 517: adopters whose legal status (LS_ADOPTR) is L3 (an unmarried couple of opposite sexes) must have the sex of adopters (SEX_ADOPTR) MF.</summary>
public sealed class Rule517() : Ssda903Rule("517", "The legal status of adopters (LS_ADOPTR L3) is an unmarried couple of opposite sexes, so the sex of adopters (SEX_ADOPTR) must be MF.", "AD1", "LS_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr == "L3" && adoptions[i].SexAdoptr != "MF")
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
