namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT03 (internal check): every child in the Episodes table must have a row in the Header table. Judged only when a Header table was supplied.</summary>
public sealed class RuleINT03() : Ssda903Rule("INT03", "The child in the Episodes table has no row in the Header table.", "Episodes", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Headers.Count > 0 || !child.Return.Supplied(Ingest.Ssda903.Ssda903Tables.Header)) return;
        for (var i = 0; i < episodes.Count; i++)
            findings.Add(episodes[i], "CHILD");
    }
}
