namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW02STG1: a social worker's ID must begin "SW" (or "XX" where the worker is not known). A blank ID is SW03STG1's or SW01a/bSTG1's.</summary>
public sealed class RuleSW02STG1() : Ssda903Rule("SW02STG1", "The social worker ID does not begin with SW (or XX).", "SWEpisodes", "SW_ID")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i].SwId is { } id && !id.StartsWith("SW", StringComparison.Ordinal) && !id.StartsWith("XX", StringComparison.Ordinal))
                findings.Add(workers[i], "SW_ID");
    }
}
