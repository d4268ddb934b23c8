namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT35 (internal check): a child has at most one row in the PrevPerm table; every row of a child with more is flagged.</summary>
public sealed class RuleINT35() : Ssda903Rule("INT35", "The child has more than one previous permanence row.", "PrevPerm", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        if (rows.Count < 2) return;
        for (var i = 0; i < rows.Count; i++)
            findings.Add(rows[i], "CHILD", $"The child has {rows.Count} previous permanence rows; there should be one.");
    }
}
