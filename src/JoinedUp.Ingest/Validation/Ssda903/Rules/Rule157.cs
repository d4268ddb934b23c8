using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 157: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who was 4 or over on 1 April and is 16 or under on 31 March was within the questionnaire's ages all year, so SDQ1
/// ("under 4 or over 16") cannot be the reason for no SDQ score. Runs only when the Episodes table was supplied.
/// The LAs' public validator reads "16 or under at the end of the year" as "under 16"; JoinedUp follows the DfE's words.
/// </summary>
public sealed class Rule157() : Oc2CohortRule("157", "The child was aged 4 to 16 throughout the year, so SDQ1 (under 4 or over 16) cannot be the reason for no SDQ score.",
    inCohort: true, "DOB", "SDQ_REASON")
{
    protected override string? Fault(Oc2Row row, ChildReturn child)
    {
        if (row.SdqReason != "SDQ1" || Dob(row, child) is not { } dob) return null;
        return dob.AddYears(4) > child.Return.CollectionStart || dob.AddYears(17) <= child.Return.CollectionEnd ? null : "SDQ_REASON";
    }
}
