namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 192: a child with a substance misuse problem (SUBSTANCE_MISUSE 1) must have INTERVENTION_RECEIVED completed.</summary>
public sealed class Rule192() : Ssda903Rule("192", "The child has a substance misuse problem, so whether an intervention was received (INTERVENTION_RECEIVED) must be completed.",
    "OC2", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { SubstanceMisuse: "1", InterventionReceived: null } row)
                findings.Add(row, "INTERVENTION_RECEIVED");
    }
}
