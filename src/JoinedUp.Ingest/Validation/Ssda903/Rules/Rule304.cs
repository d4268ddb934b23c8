namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 304: the date UASC status ceased (DUC) must be on or before the child's 18th birthday (by the UASC table's DOB).</summary>
public sealed class Rule304() : Ssda903Rule("304", "The date UASC status ceased (DUC) is after the child's 18th birthday.", "UASC", "DUC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var row in child.Uasc)
            if (row is { Duc: { } ceased, Dob: { } dob } && ceased > dob.AddYears(18))
                findings.Add(row, "DUC", $"UASC status ceased on {ceased:dd/MM/yyyy}, after the child's 18th birthday.");
    }
}
