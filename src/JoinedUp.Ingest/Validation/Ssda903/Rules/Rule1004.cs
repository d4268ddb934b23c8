namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 1004: the start of a missing or away period (MIS_START) must be given and be a valid date.</summary>
public sealed class Rule1004() : Ssda903Rule("1004", "The start date of the missing or away period is blank or not a valid date.", "Missing", "MIS_START")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i].MisStart is null)
                findings.Add(missing[i], "MIS_START", missing[i].MisStartText is null ? "The start date of the missing or away period is blank." : "The start date of the missing or away period is not a valid date (dd/mm/yyyy).");
    }
}
