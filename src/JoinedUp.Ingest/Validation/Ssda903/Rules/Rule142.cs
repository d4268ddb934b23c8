namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 142: every episode but the child's latest (by DECOM) must have ended: a later episode began, so this one needs its
/// end date (DEC) and its reason (REC). Episodes without a valid DECOM are rule 141's concern: they are neither checked nor count as a later episode.
/// </summary>
public sealed class Rule142() : Ssda903Rule("142", "A later episode began, but this episode has no end date (DEC) or reason it ended (REC).", "Episodes", "DEC", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count < 2) return;
        var episodes = child.EpisodesInOrder;
        var latest = episodes.Count - 1; // the latest episode with a valid DECOM (those without one sort last)
        while (latest >= 0 && episodes[latest].Decom is null) latest--;
        for (var i = 0; i < latest; i++)
        {
            var episode = episodes[i];
            if (episode.DecText is null) findings.Add(episode, "DEC");
            else if (episode.Rec is null) findings.Add(episode, "REC");
        }
    }
}
