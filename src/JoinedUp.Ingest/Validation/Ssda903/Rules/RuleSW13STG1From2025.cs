using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW13STG1 from 2024/25: as before, except that the child's first social worker episode (by start date) may have
/// no reason (there was no earlier worker to change from); a reason given there must still be on the list.
/// </summary>
public sealed class RuleSW13STG1From2025() : Ssda903Rule("SW13STG1", "The reason for the change of social worker is blank or not a valid code.", "SWEpisodes", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        if (workers.Count == 0) return;
        var first = SocialWorkerEpisodeOrder.First(workers);
        for (var i = 0; i < workers.Count; i++)
        {
            var row = workers[i];
            if (row.SwReason is { } reason ? !Ssda903CodeLists.SocialWorkerChangeReason.Contains(reason) : !ReferenceEquals(row, first))
                findings.Add(row, "SW_REASON");
        }
    }
}
