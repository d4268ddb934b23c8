using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 523: the date the LA decided adoption is in the child's best interests (AD1 DATE_INT) is the date of the decision
/// that the child should be placed for adoption (PlacedAdoption DATE_PLACED). When none of the child's decisions has
/// that date, the AD1 row and the latest decision are reported (a child with earlier decisions that ceased is compared
/// with the one that led to the adoption, not each of them).
/// </summary>
public sealed class Rule523() : Ssda903Rule("523", "The date of the decision that the child should be placed for adoption (DATE_PLACED) is not the date the LA decided adoption is in their best interests (DATE_INT).", "PlacedAdoption",
    "DATE_PLACED", "DATE_INT")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        var decisions = child.PlacedForAdoption;
        if (adoptions.Count == 0 || decisions.Count == 0) return;
        for (var a = 0; a < adoptions.Count; a++)
        {
            if (adoptions[a].DateInt is not { } decided) continue;
            PlacedForAdoptionRow? latest = null;
            var same = false;
            for (var i = 0; i < decisions.Count && !same; i++)
            {
                if (decisions[i].DatePlaced is not { } placed) continue;
                same = placed == decided;
                if (latest is null || placed >= latest.DatePlaced!.Value) latest = decisions[i];
            }
            if (same || latest is null) continue;
            findings.Add(latest, "DATE_PLACED", $"The decision of {latest.DatePlaced:dd/MM/yyyy} is not the date the LA decided adoption is in the child's best interests ({decided:dd/MM/yyyy}, AD1 row {adoptions[a].Number}).");
            findings.Add(adoptions[a], "DATE_INT", $"DATE_INT ({decided:dd/MM/yyyy}) is not the date of any decision that the child should be placed for adoption (latest {latest.DatePlaced:dd/MM/yyyy}, PlacedAdoption row {latest.Number}).");
        }
    }
}
