namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT36 (data integrity): a child may appear only once in the UASC table; every row of a child with more than one is flagged.</summary>
public sealed class RuleINT36() : Ssda903Rule("INT36", "The child appears more than once in the UASC table.", "UASC", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Uasc;
        if (rows.Count < 2) return;
        foreach (var row in rows)
            findings.Add(row, "CHILD", $"The child appears {rows.Count} times in the UASC table.");
    }
}
