namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 434: an episode whose reason is a change of legal status only (RNE L) must show a different legal status from the
/// previous episode and the same placement (PLACE, PL_POST, URN and PLACE_PROVIDER). Episodes are taken in start-date order.
/// </summary>
public sealed class Rule434() : Ssda903Rule("434", "The episode says only the legal status changed (L), but the episodes show otherwise: the legal status is unchanged or the placement changed.", "Episodes", "RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne != "L") continue;
            var previous = episodes[i - 1];
            if (episode.Ls == previous.Ls)
                findings.Add(episode, "RNE", $"The episode says only the legal status changed (L), but it is {episode.Ls ?? "blank"}, as in the previous episode.");
            else if (!PlacementDetails.Same(episode, previous))
                findings.Add(episode, "RNE", "The episode says only the legal status changed (L), but the placement (type, postcode, URN or provider) differs from the previous episode's.");
        }
    }
}
