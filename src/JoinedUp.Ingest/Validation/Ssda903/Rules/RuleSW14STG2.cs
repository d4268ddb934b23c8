namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW14STG2 (2023/24; deleted in 2024/25): a social worker episode other than the child's latest (by start date) must have an end date.</summary>
public sealed class RuleSW14STG2() : Ssda903Rule("SW14STG2", "The social worker episode has no end date but it is not the child's latest social worker episode.", "SWEpisodes", "SW_DEC")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        if (workers.Count < 2) return;
        var last = SocialWorkerEpisodeOrder.Last(workers);
        for (var i = 0; i < workers.Count; i++)
            if (workers[i] is { SwDec: null } open && open.SwDecom is not null && !ReferenceEquals(open, last))
                findings.Add(open, "SW_DEC");
    }
}
