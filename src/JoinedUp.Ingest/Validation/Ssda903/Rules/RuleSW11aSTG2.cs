namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW11aSTG2 (2023/24; deleted in 2024/25): a social worker episode that ended more than 5 days before 31 March
/// should be followed by the next one beginning within 5 days either side of that end. Reported on the ended episode
/// when the next episode (by start date) began further away; an ended episode with no later one is not flagged (the
/// child may have left care), as the public validator reads the rule.
/// </summary>
public sealed class RuleSW11aSTG2() : Ssda903Rule("SW11aSTG2", "The social worker episode ended before 31 March and the next social worker episode did not begin within 5 days of that end.", "SWEpisodes", "SW_DEC")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        if (workers.Count < 2) return;
        var cutOff = child.Return.CollectionEnd.AddDays(-5);
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row is not { SwDecom: not null, SwDec: { } ended } || ended > cutOff) continue;
            var next = SocialWorkerEpisodeOrder.After(workers, row);
            if (next?.SwDecom is { } start && (start < ended.AddDays(-5) || start > ended.AddDays(5)))
                findings.Add(row, "SW_DEC", $"The social worker episode ended on {ended:dd/MM/yyyy} and the next one (row {next.Number}) began on {start:dd/MM/yyyy}, more than 5 days away.");
        }
    }
}
