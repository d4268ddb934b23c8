using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 577: when the child ceased to be looked after (the period of care holding MIS_START has ended), the missing or
/// away period must have ended too, no later than the period of care. A period starting outside every period of care is
/// left to 578 and 581. The Python validator LAs use also flags a closed period lying wholly outside care; JoinedUp
/// keeps to this rule's meaning, a missing period left open, or running on, after care ended.
/// </summary>
public sealed class Rule577() : Ssda903Rule("577", "The child ceased to be looked after but the missing or away period has no end date, or ends later.", "Missing", "MIS_END", "MIS_START", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        if (missing.Count == 0 || child.Episodes.Count == 0) return;
        var ordered = child.EpisodesInOrder;
        for (var m = 0; m < missing.Count; m++)
        {
            var row = missing[m];
            if (row.MisStart is not { } start || Ssda903Row.IsInvalidDate(row.MisEndText, row.MisEnd)) continue;
            var next = 0;
            while ((next = MissingCarePeriods.Next(ordered, next, out var from, out var to)) >= 0)
            {
                if (!MissingCarePeriods.Contains(from, to, start)) continue;
                if (to is { } ceased && (row.MisEnd is not { } end || end > ceased))
                    findings.Add(row, "MIS_END", row.MisEnd is null
                        ? $"The child ceased to be looked after on {ceased:dd/MM/yyyy} but the period that began on {start:dd/MM/yyyy} has no end date."
                        : $"The period ends on {row.MisEnd:dd/MM/yyyy}, after the child ceased to be looked after on {ceased:dd/MM/yyyy}.");
                break;
            }
        }
    }
}
