namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 142: every episode but the child's latest (by DECOM) must have ended: a later episode began, so this one needs its
/// end date (DEC) and its reason (REC). Episodes without a valid DECOM are rule 141's concern and are not checked.
/// </summary>
public sealed class Rule142() : Ssda903Rule("142", "A later episode began, but this episode has no end date (DEC) or reason it ended (REC).", "Episodes", "DEC", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count < 2) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 0; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            if (episode.Decom is null) continue;
            if (episode.DecText is null) findings.Add(episode, "DEC");
            else if (episode.Rec is null) findings.Add(episode, "REC");
        }
    }
}
