namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 159: a child with a substance misuse problem (SUBSTANCE_MISUSE 1) who received no intervention (INTERVENTION_RECEIVED 0) must have INTERVENTION_OFFERED completed.</summary>
public sealed class Rule159() : Ssda903Rule("159", "The child has a substance misuse problem and received no intervention, so whether one was offered (INTERVENTION_OFFERED) must be completed.",
    "OC2", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { SubstanceMisuse: "1", InterventionReceived: "0", InterventionOffered: null } row)
                findings.Add(row, "INTERVENTION_OFFERED");
    }
}
