namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT33: a child has at most one row in the OC2 table; every row of a child with more is reported.</summary>
public sealed class RuleINT33() : Ssda903Rule("INT33", "The child has more than one row in the OC2 table.", "OC2", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count < 2) return;
        for (var i = 0; i < rows.Count; i++)
            findings.Add(rows[i], "CHILD", $"The child has {rows.Count} rows in the OC2 table; there should be one.");
    }
}
