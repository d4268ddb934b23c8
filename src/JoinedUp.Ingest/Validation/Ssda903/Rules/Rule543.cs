using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 543: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is 10 or over on 31 March has conviction information (CONVICTED). A 10th birthday on 31 March itself counts
/// (the DfE's "10 years or more before"; the LAs' public validator leaves that day out). Runs only when the Episodes
/// table was supplied.
/// </summary>
public sealed class Rule543() : Ssda903Rule("543", "The child is 10 or over at 31 March and was looked after for the 12 months to 31 March, so conviction information (CONVICTED) must be completed.",
    "OC2", "DOB", "CONVICTED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Convicted is not null || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(10) > child.Return.CollectionEnd) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "CONVICTED");
        }
    }
}
