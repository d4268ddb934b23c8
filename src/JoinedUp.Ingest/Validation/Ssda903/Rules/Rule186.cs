using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 186: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who was 4 or over on 1 April and is under 17 on 31 March has an SDQ score or a reason for none. Runs only when the
/// Episodes table was supplied.
/// </summary>
public sealed class Rule186() : Ssda903Rule("186", "The child was aged 4 to 16 throughout the year and looked after for the 12 months to 31 March, so an SDQ score or the reason for none must be given.",
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
            if (dob.AddYears(4) > start || dob.AddYears(17) <= end) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "SDQ_SCORE");
        }
    }
}
