namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW01bSTG1 (from 2024/25): every social worker episode gives its start date; one that began on or after 1 April
/// 2023 must also give the worker's ID and the reason for the change. A start date that is not a date is SW04STG1's.
/// </summary>
public sealed class RuleSW01bSTG1() : Ssda903Rule("SW01bSTG1", "The social worker episode is incomplete: it needs its start date, and the worker ID and reason when it began on or after 1 April 2023.", "SWEpisodes", "SW_DECOM", "SW_ID", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwDecomText is null) findings.Add(row, "SW_DECOM", "The social worker episode has no start date.");
            else if (row.SwDecom >= RuleSW01aSTG1.CollectedFrom)
            {
                if (row.SwId is null) findings.Add(row, "SW_ID", $"The social worker episode began on {row.SwDecom:dd/MM/yyyy} but has no social worker ID.");
                else if (row.SwReason is null) findings.Add(row, "SW_REASON", $"The social worker episode began on {row.SwDecom:dd/MM/yyyy} but has no reason for the change.");
            }
        }
    }
}
