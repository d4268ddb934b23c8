using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW04STG1: the start of a social worker episode (SW_DECOM), when given, must be a valid date.</summary>
public sealed class RuleSW04STG1() : Ssda903Rule("SW04STG1", "The date the social worker episode began is not a valid date.", "SWEpisodes", "SW_DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (Ssda903Row.IsInvalidDate(workers[i].SwDecomText, workers[i].SwDecom))
                findings.Add(workers[i], "SW_DECOM");
    }
}
