using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 157: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// who was 4 or over on 1 April and is 16 or under on 31 March was within the questionnaire's ages all year, so SDQ1
/// ("under 4 or over 16") cannot be the reason for no SDQ score. Runs only when the Episodes table was supplied.
/// The LAs' public validator reads "16 or under at the end of the year" as "under 16"; JoinedUp follows the DfE's words.
/// </summary>
public sealed class Rule157() : Ssda903Rule("157", "The child was aged 4 to 16 throughout the year, so SDQ1 (under 4 or over 16) cannot be the reason for no SDQ score.", "OC2", "DOB", "SDQ_REASON")
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
            if (row.SdqReason != "SDQ1" || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(4) > start || dob.AddYears(17) <= end) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1) findings.Add(row, "SDQ_REASON");
        }
    }
}
