namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 385: an episode cannot end (DEC) after the last day of the collection year (31 March).</summary>
public sealed class Rule385() : Ssda903Rule("385", "The episode ended (DEC) after the end of the collection year.", "Episodes", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var end = child.Return.CollectionEnd;
        foreach (var episode in child.Episodes)
            if (episode.Dec > end)
                findings.Add(episode, "DEC", $"The episode ended on {episode.Dec:dd/MM/yyyy}, after the collection year ended on {end:dd/MM/yyyy}.");
    }
}
