namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 158: when the child received an intervention for substance misuse (INTERVENTION_RECEIVED 1), whether one was offered (INTERVENTION_OFFERED) is left blank.</summary>
public sealed class Rule158() : Ssda903Rule("158", "An intervention for substance misuse was received, so whether one was offered (INTERVENTION_OFFERED) should be blank.",
    "OC2", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { InterventionReceived: "1", InterventionOffered: not null } row)
                findings.Add(row, "INTERVENTION_OFFERED");
    }
}
