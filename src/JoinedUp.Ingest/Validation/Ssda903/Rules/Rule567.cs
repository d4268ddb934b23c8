namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 567: a missing or away period cannot end (MIS_END) before it began (MIS_START). Ending the same day is allowed.</summary>
public sealed class Rule567() : Ssda903Rule("567", "The missing or away period ended before it began.", "Missing", "MIS_END", "MIS_START")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i] is { MisStart: { } start, MisEnd: { } end } && end < start)
                findings.Add(missing[i], "MIS_END", $"The period ended on {end:dd/MM/yyyy}, before it began on {start:dd/MM/yyyy}.");
    }
}
