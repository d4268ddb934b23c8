namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 566: a row giving the date a missing or away period ended must say whether the child was missing or away (MISSING).</summary>
public sealed class Rule566() : Ssda903Rule("566", "The date the missing or away period ended is given but whether the child was missing or away (MISSING) is blank.", "Missing", "MISSING", "MIS_END")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i] is { Missing: null, MisEndText: not null })
                findings.Add(missing[i], "MISSING");
    }
}
