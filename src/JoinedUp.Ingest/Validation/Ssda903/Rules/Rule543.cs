using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 543: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is 10 or over on 31 March has conviction information (CONVICTED). A 10th birthday on 31 March itself counts
/// (the DfE's "10 years or more before"; the LAs' public validator leaves that day out). Runs only when the Episodes
/// table was supplied.
/// </summary>
public sealed class Rule543() : Oc2CohortRule("543", "The child is 10 or over at 31 March and was looked after for the 12 months to 31 March, so conviction information (CONVICTED) must be completed.",
    inCohort: true, "DOB", "CONVICTED")
{
    protected override string? Fault(Oc2Row row, ChildReturn child) =>
        row.Convicted is null && Dob(row, child) is { } dob && dob.AddYears(10) <= child.Return.CollectionEnd ? "CONVICTED" : null;
}
