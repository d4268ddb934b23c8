using JoinedUp.Ingest.Validation.Ssda903.Outcomes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 215: a young person with care leaver information has none of the OC2 items for children looked after for 12
/// months (CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
/// INTERVENTION_RECEIVED, INTERVENTION_OFFERED). Reported on the OC3 row and on each OC2 row with any of them.
/// </summary>
public sealed class Rule215() : Ssda903Rule("215", "Care leaver information is given, but so are items for children looked after for 12 months (OC2).", "OC3", "IN_TOUCH", "ACTIV", "ACCOM", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var oc2 = child.Oc2;
        var oc3 = child.Oc3;
        if (oc2.Count == 0 || oc3.Count == 0) return;
        var health = false;
        for (var i = 0; i < oc2.Count; i++) health |= Oc2Items.FirstCompletedOutcome(oc2[i]) is not null;
        if (!health) return;
        var careLeaver = false;
        for (var i = 0; i < oc3.Count; i++)
            if (CareLeaverRows.AnyGiven(oc3[i]))
            {
                careLeaver = true;
                findings.Add(oc3[i], CareLeaverRows.FirstGiven(oc3[i]));
            }
        if (!careLeaver) return;
        for (var i = 0; i < oc2.Count; i++)
            if (Oc2Items.FirstCompletedOutcome(oc2[i]) is { } field)
                findings.Add(oc2[i], field);
    }
}
