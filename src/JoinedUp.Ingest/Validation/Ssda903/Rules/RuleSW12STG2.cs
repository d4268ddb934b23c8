using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW12STG2 as in 2023/24: a child looked after on 31 March has all their social worker episodes of the reporting
/// period given, even those from before they came into care. Read as: each period of care that began in the reporting
/// period (an episode with RNE S, not a short break) began while a social worker episode was in progress (one that had
/// begun on or before that day and had not ended before it). Reported on the episode (Episodes table). The public
/// validator's reading of this rule pairs every episode with every social worker episode and is not followed. Runs
/// only when the SWEpisodes table was part of the submission (returns before 2023/24 have none).
/// </summary>
public sealed class RuleSW12STG2() : Ssda903Rule("SW12STG2", "The child is looked after on 31 March but no social worker episode covers the start of this period of care.", "Episodes", "DECOM")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings) => Check(child, findings, child.Return.CollectionStart);

    /// <summary>Checks the periods of care that began on or after <paramref name="periodStart"/>.</summary>
    internal static void Check(ChildReturn child, RuleFindings findings, DateOnly periodStart)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || !child.Return.Supplied(Ssda903Tables.SocialWorkerEpisodes) || !SocialWorkerEpisodeOrder.LookedAfterAtYearEnd(child)) return;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is not { Rne: "S", Decom: { } began } || began < periodStart || began > end || episode.Ls is "V3" or "V4") continue;
            if (!Covered(child.SocialWorkerEpisodes, began))
                findings.Add(episode, "DECOM", $"The child came into care on {began:dd/MM/yyyy} but no social worker episode was in progress that day.");
        }
    }

    private static bool Covered(RowList<SocialWorkerEpisodeRow> workers, DateOnly day)
    {
        for (var i = 0; i < workers.Count; i++)
            if (workers[i] is { SwDecom: { } start } worker && start <= day && (worker.SwDec is not { } ended || ended >= day))
                return true;
        return false;
    }
}
