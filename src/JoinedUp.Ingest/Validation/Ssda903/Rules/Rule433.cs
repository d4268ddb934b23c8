namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 433: an episode that continues a period of care (RNE P, L, T, U or B) must begin on the day the previous episode
/// ended. Episodes are taken in start-date order; the child's first episode in the return is not checked (it may continue
/// last year's), nor an episode without a valid start date (the field checks report it).
/// </summary>
public sealed class Rule433() : Ssda903Rule("433", "The episode says it continues the child's care (P, L, T, U or B), but it does not begin on the day the previous episode ended.", "Episodes", "RNE", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne is not ("P" or "L" or "T" or "U" or "B") || episode.Decom is not { } start) continue;
            var previousEnd = episodes[i - 1].Dec;
            if (previousEnd == start) continue;
            findings.Add(episode, "DECOM", previousEnd is { } ended
                ? $"The episode continues the child's care ({episode.Rne}) but began on {start:dd/MM/yyyy}, not on {ended:dd/MM/yyyy} when the previous episode ended."
                : $"The episode continues the child's care ({episode.Rne}) but the previous episode has no end date.");
        }
    }
}
