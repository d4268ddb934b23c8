namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 575: when the placement the child went missing or away from ends (an episode with a DEC whose dates hold
/// MIS_START), the missing or away period must have an end date.
/// </summary>
public sealed class Rule575() : Ssda903Rule("575", "The placement the child went missing or away from has ended but the missing or away period has no end date.", "Missing", "MIS_END", "MIS_START", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        var episodes = child.Episodes;
        if (missing.Count == 0 || episodes.Count == 0) return;
        for (var m = 0; m < missing.Count; m++)
        {
            if (missing[m] is not { MisStart: { } start, MisEndText: null }) continue;
            for (var e = 0; e < episodes.Count; e++)
                if (episodes[e] is { Decom: { } decom, Dec: { } dec } && start >= decom && start <= dec)
                {
                    findings.Add(missing[m], "MIS_END", $"The period that began on {start:dd/MM/yyyy} has no end date, but the placement it began in ended on {dec:dd/MM/yyyy}.");
                    break;
                }
        }
    }
}
