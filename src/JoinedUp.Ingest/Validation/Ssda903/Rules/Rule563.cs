namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 563: a decision that ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED given) needs the date it was made (DATE_PLACED).</summary>
public sealed class Rule563() : Ssda903Rule("563", "The child should no longer be placed for adoption, but the date of the decision that they should be (DATE_PLACED) is blank.", "PlacedAdoption",
    "DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i] is { DatePlacedText: null, DatePlacedCeasedText: not null, ReasonPlacedCeased: not null })
                findings.Add(decisions[i], "DATE_PLACED");
    }
}
