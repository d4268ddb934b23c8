using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 186: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who was 4 or over on 1 April and is under 17 on 31 March has an SDQ score or a reason for none. Runs only when the
/// Episodes table was supplied.
/// </summary>
public sealed class Rule186() : Oc2CohortRule("186", "The child was aged 4 to 16 throughout the year and looked after for the 12 months to 31 March, so an SDQ score or the reason for none must be given.",
    inCohort: true, "DOB", "SDQ_SCORE", "SDQ_REASON")
{
    protected override string? Fault(Oc2Row row, ChildReturn child)
    {
        if (row is not { SdqScore: null, SdqReason: null } || Dob(row, child) is not { } dob) return null;
        return dob.AddYears(4) > child.Return.CollectionStart || dob.AddYears(17) <= child.Return.CollectionEnd ? null : "SDQ_SCORE";
    }
}
