using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW13STG1 as in 2023/24: every social worker episode gives a reason for the change of social worker from the DfE's list.</summary>
public sealed class RuleSW13STG1() : Ssda903Rule("SW13STG1", "The reason for the change of social worker is blank or not a valid code.", "SWEpisodes", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i].SwReason is not { } reason || !Ssda903CodeLists.SocialWorkerChangeReason.Contains(reason))
                findings.Add(workers[i], "SW_REASON");
    }
}
