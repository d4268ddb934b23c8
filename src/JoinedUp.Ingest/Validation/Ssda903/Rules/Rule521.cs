using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 521: the LA's decision that adoption is in the child's best interests (AD1 DATE_INT) comes on or before the child
/// is placed for adoption (DECOM of each episode with PLACE A3 to A6). Each such episode that began earlier is reported, with the AD1 row.
/// </summary>
public sealed class Rule521() : Ssda903Rule("521", "The date the LA decided adoption is in the child's best interests (DATE_INT) is after the child was placed for adoption.", "AD1", "PLACE", "DECOM", "DATE_INT")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0) return;
        var episodes = child.Episodes;
        for (var a = 0; a < adoptions.Count; a++)
        {
            if (adoptions[a].DateInt is not { } decided) continue;
            var reported = false;
            for (var i = 0; i < episodes.Count; i++)
            {
                if (episodes[i].Decom is not { } placed || placed >= decided || !AdoptionPlacementTypes.IsPlacedForAdoption(episodes[i].Place)) continue;
                if (!reported)
                    findings.Add(adoptions[a], "DATE_INT", $"The decision of {decided:dd/MM/yyyy} is after the child was placed for adoption on {placed:dd/MM/yyyy} (episodes row {episodes[i].Number}).");
                findings.Add(episodes[i], "DECOM", $"The child was placed for adoption on {placed:dd/MM/yyyy}, before the decision of {decided:dd/MM/yyyy} that adoption is in their best interests (AD1 row {adoptions[a].Number}).");
                reported = true;
            }
        }
    }
}
