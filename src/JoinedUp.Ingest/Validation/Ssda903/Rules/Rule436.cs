namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 436: an episode whose reason is a change of both legal status and placement (RNE U or B) must show a different
/// legal status from the previous episode and a different placement (PLACE, PL_POST, URN or PLACE_PROVIDER). Episodes are
/// taken in start-date order.
/// </summary>
public sealed class Rule436() : Ssda903Rule("436", "The episode says both the legal status and the placement changed (U or B), but the episodes show one of them unchanged.", "Episodes", "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne is not ("U" or "B")) continue;
            var previous = episodes[i - 1];
            if (episode.Ls == previous.Ls)
                findings.Add(episode, "RNE", $"The episode says the legal status changed ({episode.Rne}), but it is {episode.Ls ?? "blank"}, as in the previous episode.");
            else if (PlacementDetails.Same(episode, previous))
                findings.Add(episode, "RNE", $"The episode says the placement changed ({episode.Rne}), but its placement (type, postcode, URN and provider) is the previous episode's.");
        }
    }
}
