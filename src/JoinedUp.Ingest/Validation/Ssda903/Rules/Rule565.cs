namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 565: a row giving the date a missing or away period began must say whether the child was missing or away (MISSING).</summary>
public sealed class Rule565() : Ssda903Rule("565", "The date the missing or away period began is given but whether the child was missing or away (MISSING) is blank.", "Missing", "MISSING", "MIS_START")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i] is { Missing: null, MisStartText: not null })
                findings.Add(missing[i], "MISSING");
    }
}
