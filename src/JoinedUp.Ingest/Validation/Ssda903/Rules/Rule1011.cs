using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 1011: a child whose final episode (latest start) ended with care transferred to another LA (REC E3) has no care leaver information here.</summary>
public sealed class Rule1011() : Ssda903Rule("1011", "The child's care was transferred to another LA in their final episode, so care leaver information should not be given.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        var episodes = child.Episodes;
        if (rows.Count == 0 || episodes.Count == 0) return;
        EpisodeRow? last = null;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Decom is { } began && (last is null || began >= last.Decom!.Value))
                last = episodes[i];
        if (last?.Rec != "E3") return;
        for (var i = 0; i < rows.Count; i++)
            if (CareLeaverRows.AnyGiven(rows[i]))
                findings.Add(rows[i], CareLeaverRows.FirstGiven(rows[i]));
    }
}
