using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 116: the date of the LA's decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED), when given, must be a valid date.</summary>
public sealed class Rule116() : Ssda903Rule("116", "The date the LA decided the child should no longer be placed for adoption (DATE_PLACED_CEASED) is not a valid date.", "PlacedAdoption", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (Ssda903Row.IsInvalidDate(decisions[i].DatePlacedCeasedText, decisions[i].DatePlacedCeased))
                findings.Add(decisions[i], "DATE_PLACED_CEASED");
    }
}
