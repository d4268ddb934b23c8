using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 545: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is under 5 on 31 March has health promotion information (HEALTH_CHECK). Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule545() : Ssda903Rule("545", "The child is under 5 at 31 March and was looked after for the 12 months to 31 March, so health promotion information (HEALTH_CHECK) must be completed.",
    "OC2", "DOB", "HEALTH_CHECK")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.HealthCheck is not null || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(5) <= child.Return.CollectionEnd) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "HEALTH_CHECK");
        }
    }
}
