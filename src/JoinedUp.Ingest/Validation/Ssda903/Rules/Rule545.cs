using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 545: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is under 5 on 31 March has health promotion information (HEALTH_CHECK). Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule545() : Oc2CohortRule("545", "The child is under 5 at 31 March and was looked after for the 12 months to 31 March, so health promotion information (HEALTH_CHECK) must be completed.",
    inCohort: true, "DOB", "HEALTH_CHECK")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        row.HealthCheck is null && Dob(row, child) is { } dob && dob.AddYears(5) > child.Return.CollectionEnd ? "HEALTH_CHECK" : null;
}
