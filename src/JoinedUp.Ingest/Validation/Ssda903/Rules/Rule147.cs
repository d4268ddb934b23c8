namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 147: the date the episode ended (DEC), when given, must be a real date written dd/mm/yyyy.</summary>
public sealed class Rule147() : Ssda903Rule("147", "The date the episode ended (DEC) is not a valid date.", "Episodes", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.DecText is not null && episode.Dec is null)
                findings.Add(episode, "DEC");
    }
}
