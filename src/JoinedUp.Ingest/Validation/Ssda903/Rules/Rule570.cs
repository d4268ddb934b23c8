namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 570: a missing or away period cannot begin after the end of the collection year (31 March).</summary>
public sealed class Rule570() : Ssda903Rule("570", "The missing or away period began after the end of the collection year.", "Missing", "MIS_START")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        var yearEnd = child.Return.CollectionEnd;
        for (var i = 0; i < missing.Count; i++)
            if (missing[i].MisStart is { } start && start > yearEnd)
                findings.Add(missing[i], "MIS_START", $"The period began on {start:dd/MM/yyyy}, after the collection year ended on {yearEnd:dd/MM/yyyy}.");
    }
}
