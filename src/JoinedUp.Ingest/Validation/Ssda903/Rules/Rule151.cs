using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 151: the six adoption items of an AD1 row (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) are
/// either all given or all blank. Reported on the first blank item, the message naming every blank one.
/// </summary>
public sealed class Rule151() : Ssda903Rule("151", "Some of the child's adoption details are given and some are blank: give all six or none.", "AD1",
    "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
{
    private static readonly string[] Items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
        {
            var row = adoptions[i];
            var given = Given(row);
            if (given is > 0 and < 6) Report(row, findings);
        }
    }

    private static int Given(Ad1Row row) =>
        (row.DateIntText is null ? 0 : 1) + (row.DateMatchText is null ? 0 : 1) + (row.FosterCare is null ? 0 : 1) +
        (row.NbAdoptr is null ? 0 : 1) + (row.SexAdoptr is null ? 0 : 1) + (row.LsAdoptr is null ? 0 : 1);

    private static void Report(Ad1Row row, RuleFindings findings)
    {
        var blank = new List<string>(6);
        foreach (var item in Items)
            if (row[item] is null) blank.Add(item);
        findings.Add(row, blank[0], $"Some adoption details are given but {string.Join(", ", blank)} {(blank.Count == 1 ? "is" : "are")} blank: give all six or none.");
    }
}
