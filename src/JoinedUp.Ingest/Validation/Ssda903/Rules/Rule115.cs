using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 115: the date of the LA's decision that the child should be placed for adoption (DATE_PLACED), when given, must be a valid date.</summary>
public sealed class Rule115() : Ssda903Rule("115", "The date of the LA's decision that the child should be placed for adoption (DATE_PLACED) is not a valid date.", "PlacedAdoption", "DATE_PLACED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (Ssda903Row.IsInvalidDate(decisions[i].DatePlacedText, decisions[i].DatePlaced))
                findings.Add(decisions[i], "DATE_PLACED");
    }
}
