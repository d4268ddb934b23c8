using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 552: the decision that the child should be placed for adoption (DATE_PLACED) comes on or before the child is
/// placed for adoption (DECOM of the first episode with PLACE A3 to A6). The placement is compared with the child's
/// earliest decision: a later decision, made after an earlier one ceased, does not make the earlier placement wrong
/// (the Python validator compares with the latest decision; for a child with one decision the two agree). Both rows are reported.
/// </summary>
public sealed class Rule552() : Ssda903Rule("552", "The child was placed for adoption (DECOM) before the decision that they should be placed for adoption (DATE_PLACED).", "PlacedAdoption",
    "DATE_PLACED", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0 || child.Episodes.Count == 0) return;
        PlacedForAdoptionRow? earliest = null;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is { } d && (earliest is null || d < earliest.DatePlaced!.Value)) earliest = decisions[i];
        if (earliest is null) return;
        var episodes = child.EpisodesInOrder;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].Decom is not { } placedOn || !AdoptionPlacementTypes.IsPlacedForAdoption(episodes[i].Place)) continue;
            var decided = earliest.DatePlaced!.Value;
            if (placedOn < decided)
            {
                findings.Add(earliest, "DATE_PLACED", $"The decision of {decided:dd/MM/yyyy} is after the child was placed for adoption on {placedOn:dd/MM/yyyy} (episodes row {episodes[i].Number}).");
                findings.Add(episodes[i], "DECOM", $"The child was placed for adoption on {placedOn:dd/MM/yyyy}, before the decision of {decided:dd/MM/yyyy} that they should be (PlacedAdoption row {earliest.Number}).");
            }
            return;
        }
    }
}
