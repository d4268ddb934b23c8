namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 502: an episode still open at the end of last year's return continues into this year, so this year's first episode
/// (in start-date order) must begin on the same date. Runs when last year's return is held; the store keeps episode dates
/// to the day, so the comparison is exact either way.
/// </summary>
public sealed class Rule502() : Ssda903Rule("502", "Last year's return ended with an open episode, but this year's first episode does not begin on the same date.", "Episodes", "DECOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        if (episodes.Count == 0 || episodes[0].Decom is not { } start || child.Previous is not { } previous) return;
        var earlier = previous.Episodes;
        for (var j = 0; j < earlier.Count; j++)
        {
            var before = earlier[j];
            if (before is { DecText: null, Decom: { } openedOn } && openedOn != start)
            {
                findings.Add(episodes[0], "DECOM", $"This year's first episode began on {start:dd/MM/yyyy}, but an episode that began on {openedOn:dd/MM/yyyy} was still open at the end of {child.Return.Previous!.Source}.");
                return;
            }
        }
    }
}
