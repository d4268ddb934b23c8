namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 148: the date an episode ended (DEC) and the reason it ended (REC) are given together or both left blank.</summary>
public sealed class Rule148() : Ssda903Rule("148", "The episode's end date (DEC) and the reason it ended (REC) must both be given or both be blank.", "Episodes", "DEC", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.DecText is null && episode.Rec is not null)
                findings.Add(episode, "DEC", "The reason the episode ended (REC) is given, but its end date (DEC) is blank.");
            else if (episode.DecText is not null && episode.Rec is null)
                findings.Add(episode, "REC", "The episode's end date (DEC) is given, but the reason it ended (REC) is blank.");
        }
    }
}
