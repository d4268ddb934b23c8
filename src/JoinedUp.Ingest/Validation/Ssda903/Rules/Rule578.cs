namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 578: a missing or away period cannot begin after the child ceased to be looked after: MIS_START after the end of
/// a period of care and within none. (A start before the child's first episode is 581's; the Python validator LAs use
/// reports it under 578 as well.) A start after care ended is 581's too: it falls within no episode.
/// </summary>
public sealed class Rule578() : Ssda903Rule("578", "The missing or away period began after the child ceased to be looked after.", "Missing", "MIS_START", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        if (missing.Count == 0 || child.Episodes.Count == 0) return;
        var ordered = child.EpisodesInOrder;
        for (var m = 0; m < missing.Count; m++)
        {
            if (missing[m].MisStart is not { } start) continue;
            DateOnly? ceased = null;
            var within = false;
            var next = 0;
            while ((next = MissingCarePeriods.Next(ordered, next, out var from, out var to)) >= 0)
            {
                if (MissingCarePeriods.Contains(from, to, start))
                {
                    within = true;
                    break;
                }
                if (to is { } ended && ended < start) ceased = ended;
            }
            if (!within && ceased is { } last)
                findings.Add(missing[m], "MIS_START", $"The period began on {start:dd/MM/yyyy}, after the child ceased to be looked after on {last:dd/MM/yyyy}.");
        }
    }
}
