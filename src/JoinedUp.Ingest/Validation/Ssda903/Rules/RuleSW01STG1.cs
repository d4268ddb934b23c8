using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW01STG1 (2023/24; deleted in 2024/25): a child looked after on 31 March (an open episode, not a short break)
/// needs at least one social worker episode with the worker's ID, the start date and the reason all given. Reported on
/// the open episode, as there may be no social worker row to report on. Runs only when the SWEpisodes table was part
/// of the submission (a missing table is reported by the reader, not child by child).
/// </summary>
public sealed class RuleSW01STG1() : Ssda903Rule("SW01STG1", "The child is looked after on 31 March but no complete social worker episode (worker ID, start date and reason) is given.", "Episodes", "DEC", "SW_ID", "SW_DECOM", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (!child.Return.Supplied(Ssda903Tables.SocialWorkerEpisodes)) return;
        var open = SocialWorkerEpisodeOrder.OpenEpisode(child);
        if (open is null) return;
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i] is { SwId: not null, SwDecomText: not null, SwReason: not null })
                return;
        findings.Add(open, "DEC");
    }
}
