namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 199: a child adopted from care (an episode ended E11 or E12) cannot have a later episode: a later one suggests the
/// child had been adopted before. Episodes that began after an adoption episode began are reported, counting the adoption
/// episodes of last year's return too when it is held (the DfE compares all years it holds; JoinedUp only this return and
/// the previous one). Episodes without a valid DECOM are not compared.
/// </summary>
public sealed class Rule199() : Ssda903Rule("199", "An earlier episode shows the child was already adopted from care.", "Episodes", "DECOM", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var firstAdoption = FirstAdoption(episodes, out var adoptionRow);
        var previousAdoption = child.Return.Previous is null ? null : (child.Previous is { } previous ? FirstAdoption(previous.Episodes, out _) : null);
        if (firstAdoption is null && previousAdoption is null) return;
        foreach (var episode in episodes)
        {
            if (episode.Decom is not { } start) continue;
            if (previousAdoption is { } before && start > before)
                findings.Add(episode, "DECOM", $"This episode began on {start:dd/MM/yyyy}, after an episode in {child.Return.Previous!.Source} that ended with the child's adoption (E11 or E12).");
            else if (firstAdoption is { } adopted && (start > adopted || (start == adopted && episode.Number != adoptionRow)))
                findings.Add(episode, "DECOM", $"This episode began on {start:dd/MM/yyyy}, after the episode beginning {adopted:dd/MM/yyyy} that ended with the child's adoption (E11 or E12).");
        }
    }

    /// <summary>The DECOM of the earliest-beginning episode that ended in adoption, and its row.</summary>
    private static DateOnly? FirstAdoption(RowList<Rows.EpisodeRow> episodes, out int row)
    {
        DateOnly? first = null;
        row = 0;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rec is "E11" or "E12" && episode.Decom is { } start && (first is null || start < first))
            {
                first = start;
                row = episode.Number;
            }
        }
        return first;
    }
}
