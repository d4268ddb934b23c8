namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT31 (an internal check): a child has at most one AD1 row. Every row of a child with more than one is reported.</summary>
public sealed class RuleINT31() : Ssda903Rule("INT31", "The child has more than one row in the AD1 table; a child is adopted once in a return.", "AD1", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count < 2) return;
        for (var i = 0; i < adoptions.Count; i++)
            findings.Add(adoptions[i], "CHILD", $"The child has {adoptions.Count} rows in the AD1 table; a child is adopted once in a return.");
    }
}
