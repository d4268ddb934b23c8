namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 114: whether the child was adopted by their foster carers (AD1 FOSTER_CARE), when given, must be 0 (no) or 1 (yes).</summary>
public sealed class Rule114() : Ssda903Rule("114", "Whether the adopters were the child's foster carers (FOSTER_CARE) must be 0 or 1.", "AD1", "FOSTER_CARE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (adoptions[i].FosterCare is { } value && value is not ("0" or "1"))
                findings.Add(adoptions[i], "FOSTER_CARE");
    }
}
