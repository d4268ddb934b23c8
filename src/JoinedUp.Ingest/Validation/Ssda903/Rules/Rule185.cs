using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 185: a child not looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has no SDQ score. Runs only when the Episodes table was supplied (the cohort is read from the episodes).
/// </summary>
public sealed class Rule185() : Ssda903Rule("185", "The child was not looked after continuously for the 12 months to 31 March, so the SDQ score (SDQ_SCORE) should be blank.", "OC2", "SDQ_SCORE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1; // worked out once, only when a row needs it
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.SdqScore is null) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 0) findings.Add(row, "SDQ_SCORE");
        }
    }
}
