namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 635: the date of a previous permanence order or the LA that made it is given, but the previous permanence option
/// is blank or Z1 (not known whether there was an order). The public validator checks only for a blank option; the
/// DfE's message names Z1, so both are flagged here.
/// </summary>
public sealed class Rule635() : Ssda903Rule("635", "The date or LA of a previous permanence order is given, but the previous permanence option is blank or Z1 (not known).", "PrevPerm", "PREV_PERM", "LA_PERM", "DATE_PERM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        for (var i = 0; i < rows.Count; i++)
            if ((rows[i].LaPerm is not null || rows[i].DatePerm is not null) && rows[i].PrevPerm is null or "Z1")
                findings.Add(rows[i], "PREV_PERM");
    }
}
