namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 344: a care leaver who has died (DIED) or returned home for six months or more (RHOM) has activity and accommodation both 0 (not required).</summary>
public sealed class Rule344() : Ssda903Rule("344", "The young person has died or returned home for six months or more, so activity and accommodation should both be 0.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { InTouch: "DIED" or "RHOM" } row && (row.Activ != "0" || row.Accom != "0"))
                findings.Add(row, row.Activ != "0" ? "ACTIV" : "ACCOM", $"IN_TOUCH is {row.InTouch}, so ACTIV and ACCOM should both be 0.");
    }
}
