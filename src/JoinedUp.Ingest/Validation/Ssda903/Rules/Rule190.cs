using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;
using JoinedUp.Ingest.Validation.Ssda903.Outcomes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 190: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has none of the yes/no items for children looked after for 12 months (CONVICTED to INTERVENTION_OFFERED). Reported on
/// the first item completed. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule190() : Oc2CohortRule("190", "The child was not looked after continuously for the 12 months to 31 March, so the items about children looked after for 12 months should be blank.",
    inCohort: false, "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        Oc2Items.FirstCompletedOutcome(row);
}
