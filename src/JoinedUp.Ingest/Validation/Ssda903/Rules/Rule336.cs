namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 336: a child placed for adoption with their current foster carers (PLACE A3 or A5) must have been in a foster or
/// adoption placement (A3 to A6, U1 to U6) in the episode just before (by DECOM). The child's first episode is not checked.
/// The public Python validator checks A3 and A4; its own comment and the DfE's rule say A3 and A5, which JoinedUp follows.
/// </summary>
public sealed class Rule336() : Ssda903Rule("336", "The child was not in a foster placement just before being placed for adoption with their foster carers.", "Episodes", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count < 2) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Place is not ("A3" or "A5") || episode.Decom is null) continue;
            var before = episodes[i - 1];
            if (before.Place is not ("A3" or "A4" or "A5" or "A6" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6"))
                findings.Add(episode, "PLACE", $"Placed for adoption with current foster carers ({episode.Place}), but the episode before (row {before.Number}) was a placement of type {before.Place ?? "(blank)"}, not foster care.");
        }
    }
}
