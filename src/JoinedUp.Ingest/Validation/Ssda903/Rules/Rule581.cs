namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 581: a child can only go missing or away while looked after: MIS_START must fall within one of the child's
/// episodes (from DECOM to DEC, both included; an open episode has no end). A start before care began, between two
/// periods of care or after care ended is flagged (the last is also 578's). A child with no episodes in the return is
/// not judged.
/// </summary>
public sealed class Rule581() : Ssda903Rule("581", "The missing or away period began when the child was not looked after (within none of the child's episodes).", "Missing", "MIS_START", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        var episodes = child.Episodes;
        if (missing.Count == 0 || episodes.Count == 0) return;
        for (var m = 0; m < missing.Count; m++)
        {
            if (missing[m].MisStart is not { } start) continue;
            var within = false;
            for (var e = 0; e < episodes.Count && !within; e++)
                within = episodes[e].Decom is { } decom && start >= decom && (episodes[e].Dec is not { } dec || start <= dec);
            if (!within)
                findings.Add(missing[m], "MIS_START", $"The period began on {start:dd/MM/yyyy}, when the child was within none of their episodes of care.");
        }
    }
}
