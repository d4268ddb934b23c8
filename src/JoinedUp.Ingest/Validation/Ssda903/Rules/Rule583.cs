using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 583: when a child has more than one decision to place for adoption (DATE_PLACED), every decision but the latest
/// (by date, then row) must have ceased (DATE_PLACED_CEASED given; it may have ceased in an earlier year). Each earlier
/// open decision is reported.
/// </summary>
public sealed class Rule583() : Ssda903Rule("583", "The child has a later decision to place for adoption, but this earlier decision has no date it ceased (DATE_PLACED_CEASED).", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count < 2) return;
        PlacedForAdoptionRow? latest = null;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is not null && (latest is null || Rule579.Earlier(latest, decisions[i]))) latest = decisions[i];
        if (latest is null) return;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i] != latest && decisions[i].DatePlaced is { } placed && decisions[i].DatePlacedCeasedText is null)
                findings.Add(decisions[i], "DATE_PLACED_CEASED", $"The decision of {placed:dd/MM/yyyy} has not ceased, but a later decision was made on {latest.DatePlaced:dd/MM/yyyy} (row {latest.Number}).");
    }
}
