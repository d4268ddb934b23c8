using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 226: a move into a temporary placement (T0 to T4) is not a placement change, so neither the temporary episode nor
/// the episode before it (by DECOM) records a reason for the placement change. Reported on the temporary episode.
/// </summary>
public sealed class Rule226() : Ssda903Rule("226", "A temporary placement (T0 to T4) needs no reason for a placement change, on it or on the episode before it.", "Episodes", "REASON_PLACE_CHANGE", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (!AnyTemporary(child.Episodes)) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (!TemporaryPlacements.Contains(episode.Place)) continue;
            if (episode.ReasonPlaceChange is not null)
                findings.Add(episode, "REASON_PLACE_CHANGE");
            else if (i > 0 && episodes[i - 1].ReasonPlaceChange is not null)
                findings.Add(episode, "REASON_PLACE_CHANGE", $"The episode before this temporary placement (row {episodes[i - 1].Number}) records a reason for a placement change; a move into a temporary placement needs none.");
        }
    }

    private static bool AnyTemporary(RowList<Rows.EpisodeRow> episodes)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (TemporaryPlacements.Contains(episodes[i].Place)) return true;
        return false;
    }
}
