using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 546: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is 5 or over on 31 March has no health promotion information (HEALTH_CHECK blank). Runs only when the Episodes
/// table was supplied.
/// </summary>
public sealed class Rule546() : Oc2CohortRule("546", "The child is 5 or over at 31 March, so health promotion information (HEALTH_CHECK) should be blank.",
    inCohort: true, "DOB", "HEALTH_CHECK")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        row.HealthCheck is not null && Dob(row, child) is { } dob && dob.AddYears(5) <= child.Return.CollectionEnd ? "HEALTH_CHECK" : null;
}
