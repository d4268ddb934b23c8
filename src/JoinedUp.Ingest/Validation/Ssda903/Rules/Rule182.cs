using JoinedUp.Ingest.Validation.Ssda903.Outcomes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 182: the OC2 items are completed together or not at all: when any of IMMUNISATIONS, TEETH_CHECK,
/// HEALTH_ASSESSMENT or SUBSTANCE_MISUSE is blank, CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED and
/// INTERVENTION_OFFERED are blank too. Reported on the first of the four that is blank.
/// </summary>
public sealed class Rule182() : Ssda903Rule("182",
    "Immunisations, teeth check, health assessment and substance misuse must all be completed when any other OC2 item is; otherwise leave every OC2 item blank.",
    "OC2", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { Convicted: null, HealthCheck: null, InterventionReceived: null, InterventionOffered: null }) continue;
            if (Oc2Items.FirstBlankHealthItem(row) is { } blank) findings.Add(row, blank);
        }
    }
}
