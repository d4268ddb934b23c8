using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 554: the decision that the child should be placed for adoption (DATE_PLACED) comes on or before the placement order
/// was granted (DECOM of the child's first episode with LS E1). Each later decision's row is reported, with the episode.
/// When the order was granted in an earlier year the first E1 episode here began later than the order, so a decision
/// after the order but before that episode is not seen (the DfE compares within the period of care it holds).
/// </summary>
public sealed class Rule554() : Ssda903Rule("554", "The decision that the child should be placed for adoption (DATE_PLACED) is after the placement order was granted (LS E1).", "PlacedAdoption",
    "DATE_PLACED", "DECOM", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        var order = FirstOrder(child.EpisodesInOrder);
        if (order is null) return;
        var granted = order.Decom!.Value;
        var reported = false;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlaced is not { } placed || placed <= granted) continue;
            findings.Add(decisions[i], "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is after the placement order began on {granted:dd/MM/yyyy} (episodes row {order.Number}).");
            if (!reported)
                findings.Add(order, "DECOM", $"The placement order (LS E1) began on {granted:dd/MM/yyyy}, before the decision of {placed:dd/MM/yyyy} that the child should be placed for adoption (PlacedAdoption row {decisions[i].Number}).");
            reported = true;
        }
    }

    private static EpisodeRow? FirstOrder(RowList<EpisodeRow> episodes)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Ls: "E1", Decom: not null }) return episodes[i];
        return null;
    }
}
