namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 141: the date the episode began (DECOM), when given, must be a real date written dd/mm/yyyy.</summary>
public sealed class Rule141() : Ssda903Rule("141", "The date the episode began (DECOM) is not a valid date.", "Episodes", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.DecomText is not null && episode.Decom is null)
                findings.Add(episode, "DECOM");
    }
}
