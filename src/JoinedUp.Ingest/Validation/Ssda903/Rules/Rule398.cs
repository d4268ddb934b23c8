namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 398: a short-break episode (legal status V3 or V4) has no placement distance, so neither the home postcode nor the
/// placement postcode may be given for it (the DfE works the distance out from them).
/// </summary>
public sealed class Rule398() : Ssda903Rule("398", "A postcode is given for a short-break episode (legal status V3 or V4), which has no placement distance.", "Episodes", "LS", "HOME_POST", "PL_POST")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls is "V3" or "V4" && (episode.HomePost is not null || episode.PlPost is not null))
                findings.Add(episode, episode.HomePost is not null ? "HOME_POST" : "PL_POST",
                    $"The episode is a short break ({episode.Ls}), so the home and placement postcodes should be left blank.");
        }
    }
}
