using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 331: the child is matched with the adopters (AD1 DATE_MATCH) on or before the placement that ended in adoption
/// began (DECOM of an episode with REC E11 or E12). The AD1 row and each such episode are reported.
/// </summary>
public sealed class Rule331() : Ssda903Rule("331", "The date the child was matched with the adopters (DATE_MATCH) is after the adoptive placement began.", "AD1", "DATE_MATCH", "DECOM", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0) return;
        var episodes = child.Episodes;
        for (var a = 0; a < adoptions.Count; a++)
        {
            if (adoptions[a].DateMatch is not { } matched) continue;
            var reported = false;
            for (var i = 0; i < episodes.Count; i++)
            {
                if (episodes[i].Decom is not { } placed || !AdoptionEndings.IsAdopted(episodes[i].Rec) || matched <= placed) continue;
                if (!reported)
                    findings.Add(adoptions[a], "DATE_MATCH", $"The child was matched with the adopters on {matched:dd/MM/yyyy}, after the placement that ended in adoption began on {placed:dd/MM/yyyy} (episodes row {episodes[i].Number}).");
                findings.Add(episodes[i], "DECOM", $"The placement that ended in adoption began on {placed:dd/MM/yyyy}, before the child was matched with the adopters on {matched:dd/MM/yyyy} (AD1 row {adoptions[a].Number}).");
                reported = true;
            }
        }
    }
}
