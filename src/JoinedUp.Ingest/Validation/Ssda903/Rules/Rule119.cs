namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 119: a decision that the child should no longer be placed for adoption needs both its date (DATE_PLACED_CEASED)
/// and its reason (REASON_PLACED_CEASED): one without the other is reported on the blank one.
/// </summary>
public sealed class Rule119() : Ssda903Rule("119", "The decision that the child should no longer be placed for adoption needs both its date (DATE_PLACED_CEASED) and its reason (REASON_PLACED_CEASED).", "PlacedAdoption",
    "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
        {
            var row = decisions[i];
            if (row.DatePlacedCeasedText is not null && row.ReasonPlacedCeased is null)
                findings.Add(row, "REASON_PLACED_CEASED", "The date the child should no longer be placed for adoption (DATE_PLACED_CEASED) is given but the reason (REASON_PLACED_CEASED) is blank.");
            else if (row.DatePlacedCeasedText is null && row.ReasonPlacedCeased is not null)
                findings.Add(row, "DATE_PLACED_CEASED", "The reason the child should no longer be placed for adoption (REASON_PLACED_CEASED) is given but the date (DATE_PLACED_CEASED) is blank.");
        }
    }
}
