namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW10STG2 as in 2023/24: each social worker episode after the child's first begins within 7 days either side of
/// the end of the episode before it (by start date). An episode after one still open breaks the rule too.
/// </summary>
public sealed class RuleSW10STG2() : Ssda903Rule("SW10STG2", "The social worker episode began more than 7 days away from the end of the previous social worker episode.", "SWEpisodes", "SW_DECOM")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings) => Check(child, findings, exemptFixedTermContracts: false);

    /// <summary>Flags each episode not starting within 7 days of its predecessor's end; from 2024/25 an episode whose reason is FCONTA is exempt.</summary>
    internal static void Check(ChildReturn child, RuleFindings findings, bool exemptFixedTermContracts)
    {
        var workers = child.SocialWorkerEpisodes;
        if (workers.Count < 2) return;
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwDecom is not { } start) continue;
            if (exemptFixedTermContracts && row.SwReason == "FCONTA") continue;
            var before = SocialWorkerEpisodeOrder.Before(workers, row);
            if (before is null) continue;
            if (before.SwDec is not { } ended)
                findings.Add(row, "SW_DECOM", $"The social worker episode began on {start:dd/MM/yyyy} but the previous one (row {before.Number}) has no valid end date.");
            else if (start < ended.AddDays(-7) || start > ended.AddDays(7))
                findings.Add(row, "SW_DECOM", $"The social worker episode began on {start:dd/MM/yyyy}, more than 7 days from the end of the previous one (row {before.Number}) on {ended:dd/MM/yyyy}.");
        }
    }
}
