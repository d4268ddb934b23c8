namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE NoE: a child whose episodes began before this collection year was looked after last year, so last year's return
/// must have episodes for the child. Every episode beginning before 1 April is reported. Runs when last year's return is
/// held; children are matched by their ID (by pseudonym when last year's return comes from the store).
/// </summary>
public sealed class RuleNoE() : Ssda903Rule("NoE", "The episode began before this collection year, but last year's return has no episodes for this child.", "Episodes", "DECOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var collectionStart = child.Return.CollectionStart;
        var checkedPrevious = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Decom is not { } start || start >= collectionStart) continue;
            if (!checkedPrevious)
            {
                if (child.Previous is { Episodes.Count: > 0 }) return;
                checkedPrevious = true;
            }
            findings.Add(episode, "DECOM", $"The episode began on {start:dd/MM/yyyy}, before this collection year, but {child.Return.Previous!.Source} has no episodes for this child.");
        }
    }
}
