namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 564: a row saying the child was missing or away (MISSING M or A) must give the date the period began.</summary>
public sealed class Rule564() : Ssda903Rule("564", "The child was missing or away but the date the period began is blank.", "Missing", "MIS_START", "MISSING")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i] is { Missing: "M" or "A" or "m" or "a", MisStartText: null })
                findings.Add(missing[i], "MIS_START");
    }
}
