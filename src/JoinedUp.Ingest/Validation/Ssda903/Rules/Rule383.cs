using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 383: after a temporary placement (T0 to T4) the child returns to their usual placement: the next episode (by DECOM)
/// begins with a change of placement (RNE P) back to the placement type of the episode before. Checked only for a
/// temporary episode with an episode before and after it in the return.
/// </summary>
public sealed class Rule383() : Ssda903Rule("383", "After a temporary placement the child must return to their usual placement.", "Episodes", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count < 3) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            if (!TemporaryPlacements.Contains(episode.Place)) continue;
            var before = episodes[i - 1];
            var after = episodes[i + 1];
            if (after.Rne != "P" || after.Place != before.Place)
                findings.Add(episode, "PLACE", $"After this temporary placement the next episode (row {after.Number}, RNE {after.Rne ?? "blank"}, placement {after.Place ?? "blank"}) does not return the child to the placement before it ({before.Place ?? "blank"}) with RNE P.");
        }
    }
}
