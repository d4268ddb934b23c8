namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 1006: the missing type, when given, must be M (missing) or A (away without authorisation). A blank type is 565's and 566's.</summary>
public sealed class Rule1006() : Ssda903Rule("1006", "The missing type is not a valid code (M missing, A away without authorisation).", "Missing", "MISSING")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i].Missing is { } type && type is not ("M" or "A"))
                findings.Add(missing[i], "MISSING", $"The missing type {type} is not a valid code (M or A).");
    }
}
