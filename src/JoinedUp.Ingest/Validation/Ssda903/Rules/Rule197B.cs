using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 197B: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who turned 4 or 17 during the collection year (1 April to 31 March, both included) has an SDQ score or a reason for
/// none. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule197B() : Oc2CohortRule("197B", "The child turned 4 or 17 during the year and was looked after for the 12 months to 31 March, so an SDQ score or the reason for none must be given.",
    inCohort: true, "DOB", "SDQ_SCORE", "SDQ_REASON")
{
    protected override string? Fault(Oc2Row row, ChildReturn child)
    {
        if (row is not { SdqScore: null, SdqReason: null } || Dob(row, child) is not { } dob) return null;
        var (start, end) = (child.Return.CollectionStart, child.Return.CollectionEnd);
        var fourth = dob.AddYears(4);
        var seventeenth = dob.AddYears(17);
        return (fourth >= start && fourth <= end) || (seventeenth >= start && seventeenth <= end) ? "SDQ_REASON" : null;
    }
}
