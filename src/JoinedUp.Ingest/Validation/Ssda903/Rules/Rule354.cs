namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 354: an episode cannot begin (DECOM) after the last day of the collection year (31 March).</summary>
public sealed class Rule354() : Ssda903Rule("354", "The episode began (DECOM) after the end of the collection year.", "Episodes", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var end = child.Return.CollectionEnd;
        foreach (var episode in child.Episodes)
            if (episode.Decom > end)
                findings.Add(episode, "DECOM", $"The episode began on {episode.Decom:dd/MM/yyyy}, after the collection year ended on {end:dd/MM/yyyy}.");
    }
}
