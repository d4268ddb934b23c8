using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1010: a young person whose last episode in last year's return was still open has episodes in this year's return;
/// flagged when they have none here but care leaver information is given.
/// </summary>
public sealed class Rule1010() : Ssda903Rule("1010", "The young person's care was open at the end of last year but no episodes are given this year, and care leaver information is given.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        if (rows.Count == 0 || child.Episodes.Count > 0 || child.Previous is not { Episodes.Count: > 0 } previous) return;
        EpisodeRow? last = null;
        var episodes = previous.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Decom is { } began && (last is null || began >= last.Decom!.Value))
                last = episodes[i];
        if (last is null || last.DecText is not null) return;
        for (var i = 0; i < rows.Count; i++)
            if (CareLeaverRows.AnyGiven(rows[i]))
                findings.Add(rows[i], CareLeaverRows.FirstGiven(rows[i]), $"The young person's episode begun on {last.Decom:dd/MM/yyyy} was still open at the end of {child.Return.Previous!.Source}, but no episodes are given this year.");
    }
}
