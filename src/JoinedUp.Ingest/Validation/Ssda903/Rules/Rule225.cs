using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 225: when an episode ends with a change of placement (REC X1, the next episode beginning with RNE P, B, T or U) and
/// neither placement is temporary (T0 to T4), the reason for the placement change (REASON_PLACE_CHANGE) is recorded on the
/// episode that ended. "Next" is the DfE's order: by DECOM.
/// </summary>
public sealed class Rule225() : Ssda903Rule("225", "The placement changed, so the reason for the placement change (REASON_PLACE_CHANGE) must be recorded.", "Episodes", "REASON_PLACE_CHANGE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count < 2) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 0; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            var next = episodes[i + 1];
            if (episode.Rec == "X1" && episode.ReasonPlaceChange is null && !TemporaryPlacements.Contains(episode.Place)
                && next.Rne is "P" or "B" or "T" or "U" && !TemporaryPlacements.Contains(next.Place))
                findings.Add(episode, "REASON_PLACE_CHANGE");
        }
    }
}
