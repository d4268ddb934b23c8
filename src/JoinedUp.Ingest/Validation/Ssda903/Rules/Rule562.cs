namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 562: when the child's first episode this year began before the collection year, it was in last year's return: last
/// year's last episode (the latest start date) must have begun on the same date. A child with no episodes in last year's
/// return is reported too (and by NoE). Runs when last year's return is held; episode dates are kept to the day by the
/// store, so the comparison is exact either way.
/// </summary>
public sealed class Rule562() : Ssda903Rule("562", "The first episode began before this collection year, but last year's return has no episode that it continues.", "Episodes", "DECOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        if (episodes.Count == 0 || episodes[0].Decom is not { } start || start >= child.Return.CollectionStart) return;
        DateOnly? lastStart = null;
        if (child.Previous is { } previous)
        {
            var earlier = previous.EpisodesInOrder;
            for (var i = earlier.Count - 1; i >= 0 && lastStart is null; i--)
                lastStart = earlier[i].Decom;
        }
        if (lastStart == start) return;
        findings.Add(episodes[0], "DECOM", lastStart is { } other
            ? $"The first episode began on {start:dd/MM/yyyy}, before this collection year, but the last episode in {child.Return.Previous!.Source} began on {other:dd/MM/yyyy}."
            : $"The first episode began on {start:dd/MM/yyyy}, before this collection year, but {child.Return.Previous!.Source} has no episodes for this child.");
    }
}
