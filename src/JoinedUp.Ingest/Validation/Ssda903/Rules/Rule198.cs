using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 198: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has no reason for a missing SDQ score. Runs only when the Episodes table was supplied.
/// </summary>
public sealed class Rule198() : Ssda903Rule("198", "The child was not looked after continuously for the 12 months to 31 March, so the reason for no SDQ score (SDQ_REASON) should be blank.", "OC2", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.SdqReason is null) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 0) findings.Add(row, "SDQ_REASON");
        }
    }
}
