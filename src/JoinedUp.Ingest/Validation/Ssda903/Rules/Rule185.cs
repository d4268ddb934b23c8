using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 185: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has no SDQ score. Runs only when the Episodes table was supplied (the cohort is read from the episodes).
/// </summary>
public sealed class Rule185() : Oc2CohortRule("185", "The child was not looked after continuously for the 12 months to 31 March, so the SDQ score (SDQ_SCORE) should be blank.",
    inCohort: false, "SDQ_SCORE")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        row.SdqScore is null ? null : "SDQ_SCORE";
}
