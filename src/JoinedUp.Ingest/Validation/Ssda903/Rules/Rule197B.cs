using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 197B: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who turned 4 or 17 during the collection year (1 April to 31 March, both included) has an SDQ score or a reason for
/// none. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule197B() : Ssda903Rule("197B", "The child turned 4 or 17 during the year and was looked after for the 12 months to 31 March, so an SDQ score or the reason for none must be given.",
    "OC2", "DOB", "SDQ_SCORE", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is not { SdqScore: null, SdqReason: null } || (row.Dob ?? child.Dob) is not { } dob) continue;
            var fourth = dob.AddYears(4);
            var seventeenth = dob.AddYears(17);
            if (!(fourth >= start && fourth <= end) && !(seventeenth >= start && seventeenth <= end)) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "SDQ_REASON");
        }
    }
}
