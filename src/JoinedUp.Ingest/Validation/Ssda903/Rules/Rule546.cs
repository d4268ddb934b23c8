using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 546: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who is 5 or over on 31 March has no health promotion information (HEALTH_CHECK blank). Runs only when the Episodes
/// table was supplied.
/// </summary>
public sealed class Rule546() : Ssda903Rule("546", "The child is 5 or over at 31 March, so health promotion information (HEALTH_CHECK) should be blank.", "OC2", "DOB", "HEALTH_CHECK")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.HealthCheck is null || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(5) > child.Return.CollectionEnd) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "HEALTH_CHECK");
        }
    }
}
