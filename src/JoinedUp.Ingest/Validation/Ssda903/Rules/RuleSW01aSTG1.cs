namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW01aSTG1 (from 2024/25): every social worker episode gives its start date; one that began before 1 April 2023
/// (before social worker episodes were collected) must still give the worker's ID, though its reason may be blank.
/// A start date that is not a date is SW04STG1's.
/// </summary>
public sealed class RuleSW01aSTG1() : Ssda903Rule("SW01aSTG1", "The social worker episode is incomplete: it needs its start date, and the worker ID when it began before 1 April 2023.", "SWEpisodes", "SW_DECOM", "SW_ID")
{
    internal static readonly DateOnly CollectedFrom = new(2023, 4, 1);

    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwDecomText is null) findings.Add(row, "SW_DECOM", "The social worker episode has no start date.");
            else if (row.SwDecom < CollectedFrom && row.SwId is null)
                findings.Add(row, "SW_ID", $"The social worker episode began on {row.SwDecom:dd/MM/yyyy} but has no social worker ID.");
        }
    }
}
