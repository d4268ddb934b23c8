using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 1005: the end of a missing or away period (MIS_END), when given, must be a valid date (blank means still missing).</summary>
public sealed class Rule1005() : Ssda903Rule("1005", "The end date of the missing or away period is not a valid date.", "Missing", "MIS_END")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (Ssda903Row.IsInvalidDate(missing[i].MisEndText, missing[i].MisEnd))
                findings.Add(missing[i], "MIS_END");
    }
}
