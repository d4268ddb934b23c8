namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 571: a missing or away period's end date, when given, must fall within the collection year (1 April to 31 March).</summary>
public sealed class Rule571() : Ssda903Rule("571", "The missing or away period ended before the start or after the end of the collection year.", "Missing", "MIS_END")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        var yearStart = child.Return.CollectionStart;
        var yearEnd = child.Return.CollectionEnd;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i].MisEnd is { } end && (end < yearStart || end > yearEnd))
                findings.Add(missing[i], "MIS_END", $"The period ended on {end:dd/MM/yyyy}, outside the collection year {yearStart:dd/MM/yyyy} to {yearEnd:dd/MM/yyyy}.");
    }
}
