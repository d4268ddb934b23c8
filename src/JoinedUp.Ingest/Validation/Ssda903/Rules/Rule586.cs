namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 586: a missing or away period must begin after the child's date of birth (the Missing row's DOB); a start on the day of birth is flagged too.</summary>
public sealed class Rule586() : Ssda903Rule("586", "The missing or away period began on or before the child's date of birth.", "Missing", "MIS_START", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i] is { MisStart: { } start, Dob: { } dob } && start <= dob)
                findings.Add(missing[i], "MIS_START", $"The period began on {start:dd/MM/yyyy}, on or before the child's date of birth.");
    }
}
