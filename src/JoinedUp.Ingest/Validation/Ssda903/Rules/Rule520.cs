namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 520: adopters whose legal status (LS_ADOPTR) is L11 (a married couple of opposite sexes) must have the sex of adopters (SEX_ADOPTR) MF.</summary>
public sealed class Rule520() : Ssda903Rule("520", "The legal status of adopters (LS_ADOPTR L11) is a married couple of opposite sexes, so the sex of adopters (SEX_ADOPTR) must be MF.", "AD1", "LS_ADOPTR", "SEX_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].LsAdoptr == "L11" && adoptions[i].SexAdoptr != "MF")
                findings.Add(adoptions[i], "SEX_ADOPTR");
    }
}
