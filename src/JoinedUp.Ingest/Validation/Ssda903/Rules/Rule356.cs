namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 356: an episode cannot end (DEC) before it began (DECOM).</summary>
public sealed class Rule356() : Ssda903Rule("356", "The episode ended (DEC) before it began (DECOM).", "Episodes", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode is { Dec: { } end, Decom: { } start } && end < start)
                findings.Add(episode, "DEC", $"The episode ended on {end:dd/MM/yyyy}, before it began on {start:dd/MM/yyyy}.");
    }
}
