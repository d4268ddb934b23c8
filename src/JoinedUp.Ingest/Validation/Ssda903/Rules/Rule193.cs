namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 193: when no substance misuse problem is recorded (SUBSTANCE_MISUSE 0 or blank), INTERVENTION_RECEIVED and
/// INTERVENTION_OFFERED are blank. Reported on each of the two that is completed.
/// </summary>
public sealed class Rule193() : Ssda903Rule("193", "No substance misuse problem is recorded, so whether an intervention was received or offered should be blank.",
    "OC2", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.SubstanceMisuse is not (null or "0")) continue;
            if (row.InterventionReceived is not null) findings.Add(row, "INTERVENTION_RECEIVED");
            if (row.InterventionOffered is not null) findings.Add(row, "INTERVENTION_OFFERED");
        }
    }
}
