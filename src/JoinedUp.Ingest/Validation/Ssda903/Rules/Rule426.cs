namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 426: a child's short breaks are recorded one way in a year: either each break as an episode (V3) or as agreements
/// (V4), not both. Every V3 and V4 episode of a child with both is reported.
/// </summary>
public sealed class Rule426() : Ssda903Rule("426", "The child has short-break episodes under both V3 and V4 in the same year; short breaks are recorded one way only.", "Episodes", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        bool v3 = false, v4 = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls == "V3") v3 = true;
            else if (episode.Ls == "V4") v4 = true;
        }
        if (!(v3 && v4)) return;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls is "V3" or "V4")
                findings.Add(episode, "LS", $"This episode is {episode.Ls}, but the child also has {(episode.Ls == "V3" ? "V4" : "V3")} episodes this year; short breaks are recorded either as episodes (V3) or as agreements (V4).");
        }
    }
}
