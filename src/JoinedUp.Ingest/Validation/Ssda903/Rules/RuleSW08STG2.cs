namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW08STG2: only the child's latest social worker episode (by start date) may be open; an earlier one with no end date means a new one began before it ended.</summary>
public sealed class RuleSW08STG2() : Ssda903Rule("SW08STG2", "A later social worker episode began but this one has no end date.", "SWEpisodes", "SW_DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        if (workers.Count < 2) return;
        var last = SocialWorkerEpisodeOrder.Last(workers);
        for (var i = 0; i < workers.Count; i++)
            if (workers[i] is { SwDecom: not null, SwDecText: null } open && !ReferenceEquals(open, last))
                findings.Add(open, "SW_DEC", $"The social worker episode that began on {open.SwDecom:dd/MM/yyyy} has no end date, but a later one began on {last!.SwDecom:dd/MM/yyyy}.");
    }
}
