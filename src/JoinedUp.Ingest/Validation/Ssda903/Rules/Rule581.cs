namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 581: a missing or away period cannot begin before the child started to be looked after (the earliest DECOM in
/// the return). The Python validator LAs use flags any start outside every episode; a start after care ended is 578's.
/// </summary>
public sealed class Rule581() : Ssda903Rule("581", "The missing or away period began before the child started to be looked after.", "Missing", "MIS_START", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        if (missing.Count == 0 || child.Episodes.Count == 0 || child.EpisodesInOrder[0].Decom is not { } first) return;
        for (var m = 0; m < missing.Count; m++)
            if (missing[m].MisStart is { } start && start < first)
                findings.Add(missing[m], "MIS_START", $"The period began on {start:dd/MM/yyyy}, before the child's first episode began on {first:dd/MM/yyyy}.");
    }
}
