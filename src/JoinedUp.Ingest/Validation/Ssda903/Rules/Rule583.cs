namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 583: when a child has more than one decision to place for adoption (DATE_PLACED), every decision but the latest
/// must have ceased (DATE_PLACED_CEASED given; it may have ceased in an earlier year). Each earlier open decision is reported.
/// </summary>
public sealed class Rule583() : Ssda903Rule("583", "The child has a later decision to place for adoption, but this earlier decision has no date it ceased (DATE_PLACED_CEASED).", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count < 2) return;
        var dated = 0;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is not null) dated++;
        if (dated < 2) return;
        var ordered = Rule579.InOrder(decisions, dated);
        var latest = ordered[^1];
        for (var i = 0; i < ordered.Length - 1; i++)
            if (ordered[i].DatePlacedCeasedText is null)
                findings.Add(ordered[i], "DATE_PLACED_CEASED", $"The decision of {ordered[i].DatePlaced:dd/MM/yyyy} has not ceased, but a later decision was made on {latest.DatePlaced:dd/MM/yyyy} (row {latest.Number}).");
    }
}
