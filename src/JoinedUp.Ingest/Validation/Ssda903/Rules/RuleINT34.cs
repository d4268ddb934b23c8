namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT34 (internal check): a child has at most one row in the OC3 table; every row of a child with more is flagged.</summary>
public sealed class RuleINT34() : Ssda903Rule("INT34", "The young person has more than one care leaver (OC3) row.", "OC3", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        if (rows.Count < 2) return;
        for (var i = 0; i < rows.Count; i++)
            findings.Add(rows[i], "CHILD", $"The young person has {rows.Count} care leaver rows; there should be one.");
    }
}
