using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;
using JoinedUp.Ingest.Validation.Ssda903.Outcomes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 190: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has none of the yes/no items for children looked after for 12 months (CONVICTED to INTERVENTION_OFFERED). Reported on
/// the first item completed. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule190() : Ssda903Rule("190", "The child was not looked after continuously for the 12 months to 31 March, so the items about children looked after for 12 months should be blank.",
    "OC2", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (Oc2Items.FirstCompletedOutcome(row) is not { } completed) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 0) findings.Add(row, completed);
        }
    }
}
