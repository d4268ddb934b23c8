using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 120: the reason the child should no longer be placed for adoption (REASON_PLACED_CEASED), when given, must be RD1, RD2, RD3 or RD4.</summary>
public sealed class Rule120() : Ssda903Rule("120", "The reason the child should no longer be placed for adoption (REASON_PLACED_CEASED) is not a valid code (RD1 to RD4).", "PlacedAdoption", "REASON_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].ReasonPlacedCeased is { } reason && !Ssda903CodeLists.ReasonPlacedForAdoptionCeased.Contains(reason))
                findings.Add(decisions[i], "REASON_PLACED_CEASED");
    }
}
