using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW05STG1: the end of a social worker episode (SW_DEC), when given, must be a valid date.</summary>
public sealed class RuleSW05STG1() : Ssda903Rule("SW05STG1", "The date the social worker episode ended is not a valid date.", "SWEpisodes", "SW_DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (Ssda903Row.IsInvalidDate(workers[i].SwDecText, workers[i].SwDec))
                findings.Add(workers[i], "SW_DEC");
    }
}
