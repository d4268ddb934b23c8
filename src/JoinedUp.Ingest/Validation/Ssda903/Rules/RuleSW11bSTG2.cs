namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW11bSTG2: a social worker episode that ended in the last 5 days of the collection year (26 to 31 March) should
/// be followed by a later social worker episode; reported on the ended episode when none began after it.
/// </summary>
public sealed class RuleSW11bSTG2() : Ssda903Rule("SW11bSTG2", "The social worker episode ended in the last 5 days of the year and no later social worker episode is given.", "SWEpisodes", "SW_DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        var end = child.Return.CollectionEnd;
        var from = end.AddDays(-5);
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwDec is not { } ended || ended < from || ended > end) continue;
            if (row.SwDecom is null || SocialWorkerEpisodeOrder.After(workers, row) is null)
                findings.Add(row, "SW_DEC", $"The social worker episode ended on {ended:dd/MM/yyyy}, in the last 5 days of the year, and no later social worker episode is given.");
        }
    }
}
