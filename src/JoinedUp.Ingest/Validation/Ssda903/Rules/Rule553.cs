using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 553: a child under a placement order (an episode with LS E1) needs the date of the decision that they should be
/// placed for adoption (DATE_PLACED): each E1 episode of a child with no dated decision is reported (checked only when
/// the submission includes the PlacedAdoption table). And while an E1 episode is open (no DEC), the child's latest
/// decision cannot have ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED blank): that decision's row is reported.
/// </summary>
public sealed class Rule553() : Ssda903Rule("553", "A placement order was granted (LS E1) but there is no current decision that the child should be placed for adoption.", "Episodes",
    "LS", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings) => CheckOrder(child, findings, "E1", "a placement order");

    /// <summary>The check for an order of legal status <paramref name="order"/> (E1 here; D1, a freeing order, for rule 555).</summary>
    internal static void CheckOrder(ChildReturn child, RuleFindings findings, string order, string orderName)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var decisions = child.PlacedForAdoption;
        var undated = !Rule551.HasDecisionDate(decisions) && child.Return.Supplied(Ssda903Tables.PlacedForAdoption);
        var open = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].Ls != order) continue;
            if (undated)
                findings.Add(episodes[i], "LS", $"The child is under {orderName} (LS {order}) but there is no date of the decision that they should be placed for adoption (DATE_PLACED).");
            open |= episodes[i].DecText is null;
        }
        if (!open || Latest(decisions) is not { } latest) return;
        if (latest.DatePlacedCeasedText is not null || latest.ReasonPlacedCeased is not null)
            findings.Add(latest, latest.DatePlacedCeasedText is not null ? "DATE_PLACED_CEASED" : "REASON_PLACED_CEASED",
                $"The child is still under {orderName} (an open LS {order} episode) but the decision of {latest.DatePlaced:dd/MM/yyyy} that they should be placed for adoption has ceased.");
    }

    private static PlacedForAdoptionRow? Latest(RowList<PlacedForAdoptionRow> decisions)
    {
        PlacedForAdoptionRow? latest = null;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is { } d && (latest is null || d >= latest.DatePlaced!.Value)) latest = decisions[i];
        return latest;
    }
}
