namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW03STG1 (2023/24; replaced by SW01aSTG1 and SW01bSTG1 in 2024/25): every social worker episode gives the worker's ID, the start date and the reason. Reported on the first blank field.</summary>
public sealed class RuleSW03STG1() : Ssda903Rule("SW03STG1", "The social worker episode lacks the worker ID, the start date or the reason for the change.", "SWEpisodes", "SW_ID", "SW_DECOM", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwId is null) findings.Add(row, "SW_ID", "The social worker episode has no social worker ID.");
            else if (row.SwDecomText is null) findings.Add(row, "SW_DECOM", "The social worker episode has no start date.");
            else if (row.SwReason is null) findings.Add(row, "SW_REASON", "The social worker episode has no reason for the change of social worker.");
        }
    }
}
