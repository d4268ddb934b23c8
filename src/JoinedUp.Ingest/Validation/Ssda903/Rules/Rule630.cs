using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 630: a child who began a period of care in the collection year (an episode with RNE S starting on or after 1
/// April) needs a previous permanence row with PREV_PERM given; and when that option is not Z1, the LA and date of the
/// order as well. Reported on the episode. Runs only when the PrevPerm table was part of the submission.
/// </summary>
public sealed class Rule630() : Ssda903Rule("630", "The child began a period of care this year but the previous permanence information is missing or incomplete.", "Episodes", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || !child.Return.Supplied(Ssda903Tables.PreviousPermanence)) return;
        var start = child.Return.CollectionStart;
        var rows = child.PreviousPermanence;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i] is not { Rne: "S", Decom: { } began } episode || began < start) continue;
            if (rows.Count == 0)
            {
                findings.Add(episode, "RNE", $"The child began a period of care on {began:dd/MM/yyyy} but has no previous permanence row.");
                continue;
            }
            for (var j = 0; j < rows.Count; j++)
            {
                var row = rows[j];
                if (row.PrevPerm is null)
                {
                    findings.Add(episode, "RNE", $"The child began a period of care on {began:dd/MM/yyyy} but the previous permanence option (row {row.Number}) is blank.");
                    break;
                }
                if (row.PrevPerm != "Z1" && (row.LaPerm is null || row.DatePerm is null))
                {
                    findings.Add(episode, "RNE", $"The child began a period of care on {began:dd/MM/yyyy}; the previous permanence option (row {row.Number}) is {row.PrevPerm} but the LA or date of the order is blank.");
                    break;
                }
            }
        }
    }
}
