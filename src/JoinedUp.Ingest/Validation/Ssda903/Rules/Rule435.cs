namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 435: an episode whose reason is a change of placement only (RNE P or T) must show the same legal status as the
/// previous episode and a different placement (PLACE, PL_POST, URN or PLACE_PROVIDER). Episodes are taken in start-date order.
/// </summary>
public sealed class Rule435() : Ssda903Rule("435", "The episode says only the placement changed (P or T), but the episodes show otherwise: the legal status changed or the placement did not.", "Episodes", "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne is not ("P" or "T")) continue;
            var previous = episodes[i - 1];
            if (episode.Ls != previous.Ls)
                findings.Add(episode, "RNE", $"The episode says only the placement changed ({episode.Rne}), but the legal status changed from {previous.Ls ?? "blank"} to {episode.Ls ?? "blank"}.");
            else if (PlacementDetails.Same(episode, previous))
                findings.Add(episode, "RNE", $"The episode says the placement changed ({episode.Rne}), but its placement (type, postcode, URN and provider) is the previous episode's.");
        }
    }
}
