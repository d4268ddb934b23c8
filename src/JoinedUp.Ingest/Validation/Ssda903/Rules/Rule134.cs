using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 134: a young person with care leaver information has no adoption (AD1) information; reported on the AD1 row.</summary>
public sealed class Rule134() : Ssda903Rule("134", "Adoption information should not be given for a young person with care leaver information.", "AD1", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var ad1 = child.Ad1;
        if (ad1.Count == 0 || child.Oc3.Count == 0) return;
        var careLeaver = false;
        for (var i = 0; i < child.Oc3.Count; i++) careLeaver |= CareLeaverRows.AnyGiven(child.Oc3[i]);
        if (!careLeaver) return;
        for (var i = 0; i < ad1.Count; i++)
            if (FirstGiven(ad1[i]) is { } field)
                findings.Add(ad1[i], field);
    }

    /// <summary>The first AD1 field given, or null when the row is blank.</summary>
    internal static string? FirstGiven(Ad1Row row) =>
        row.DateIntText is not null ? "DATE_INT"
        : row.DateMatchText is not null ? "DATE_MATCH"
        : row.FosterCare is not null ? "FOSTER_CARE"
        : row.NbAdoptr is not null ? "NB_ADOPTR"
        : row.SexAdoptr is not null ? "SEX_ADOPTR"
        : row.LsAdoptr is not null ? "LS_ADOPTR"
        : null;
}
