using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1000: a child recorded as having died in care (an episode ending E2, in this return or, when held, last year's)
/// has no care leaver information. Runs without last year's return too (then on this year's episodes alone).
/// </summary>
public sealed class Rule1000() : Ssda903Rule("1000", "The child is recorded as having died in care, so care leaver information should not be given.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        if (rows.Count == 0) return;
        var died = DiedIn(child.Episodes) || (child.Previous is { } previous && DiedIn(previous.Episodes));
        if (!died) return;
        for (var i = 0; i < rows.Count; i++)
            if (CareLeaverRows.AnyGiven(rows[i]))
                findings.Add(rows[i], CareLeaverRows.FirstGiven(rows[i]));
    }

    private static bool DiedIn(RowList<EpisodeRow> episodes)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Rec == "E2") return true;
        return false;
    }
}
