using JoinedUp.Ingest.Validation.Ssda903.Outcomes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 547: a child with health promotion information (HEALTH_CHECK 1) has IMMUNISATIONS, TEETH_CHECK,
/// HEALTH_ASSESSMENT and SUBSTANCE_MISUSE completed. Reported on the first of the four that is blank.
/// </summary>
public sealed class Rule547() : Ssda903Rule("547", "Health promotion information is completed, so immunisations, teeth check, health assessment and substance misuse must be completed too.",
    "OC2", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.HealthCheck == "1" && Oc2Items.FirstBlankHealthItem(row) is { } blank)
                findings.Add(row, blank);
        }
    }
}
