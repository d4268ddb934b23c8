using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 198: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has no reason for a missing SDQ score. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule198() : Oc2CohortRule("198", "The child was not looked after continuously for the 12 months to 31 March, so the reason for no SDQ score (SDQ_REASON) should be blank.",
    inCohort: false, "SDQ_REASON")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        row.SdqReason is null ? null : "SDQ_REASON";
}
