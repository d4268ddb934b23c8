namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW06STG2: a social worker episode cannot begin after the end of the collection year (31 March).</summary>
public sealed class RuleSW06STG2() : Ssda903Rule("SW06STG2", "The social worker episode began after the end of the collection year.", "SWEpisodes", "SW_DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i].SwDecom is { } start && start > end)
                findings.Add(workers[i], "SW_DECOM", $"The social worker episode began on {start:dd/MM/yyyy}, after the collection year ended on {end:dd/MM/yyyy}.");
    }
}
