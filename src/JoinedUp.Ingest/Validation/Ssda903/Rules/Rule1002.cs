namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1002: a young person with care leaver information has episodes of care, in this return or last year's. Needs last
/// year's return (a care leaver may have left care last year); episodes before last year are not seen, so a care leaver
/// who left care earlier is flagged and the LA confirms.
/// </summary>
public sealed class Rule1002() : Ssda903Rule("1002", "Care leaver information is given, but the young person has no episodes of care this year or last year.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        if (rows.Count == 0 || child.Episodes.Count > 0 || child.Previous is { Episodes.Count: > 0 }) return;
        for (var i = 0; i < rows.Count; i++)
            if (CareLeaverRows.AnyGiven(rows[i]))
                findings.Add(rows[i], CareLeaverRows.FirstGiven(rows[i]), $"Care leaver information is given, but the young person has no episodes of care in this return or in {child.Return.Previous!.Source}.");
    }
}
