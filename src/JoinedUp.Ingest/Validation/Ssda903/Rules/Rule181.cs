namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 181: the yes/no items about children looked after for 12 months (CONVICTED, HEALTH_CHECK, IMMUNISATIONS,
/// TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED), when given, are 0 or 1.
/// Each field that is not is reported on its own.
/// </summary>
public sealed class Rule181() : Ssda903Rule("181", "An item about children looked after for 12 months must be 0 (no) or 1 (yes) when completed.", "OC2",
    "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    // The fields' positions in the OC2 row (CHILD, DOB, SDQ_SCORE, SDQ_REASON come first).
    private const int FirstFlag = 4;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var values = row.Values;
            for (var f = FirstFlag; f < values.Length && f < FirstFlag + Fields.Count; f++)
                if (values[f] is { } value && value is not ("0" or "1"))
                    findings.Add(row, Fields[f - FirstFlag]);
        }
    }
}
