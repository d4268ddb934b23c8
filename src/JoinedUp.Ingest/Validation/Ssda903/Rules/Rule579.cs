using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 579: a child's decisions to place for adoption do not overlap. Taken in order of their dates (DATE_PLACED; rows
/// without a valid one are left out), a decision cannot be made while the one before it is still open (no
/// DATE_PLACED_CEASED), nor before the one before it ceased. The later decision's row is reported.
/// </summary>
public sealed class Rule579() : Ssda903Rule("579", "A new decision to place the child for adoption (DATE_PLACED) is made while the previous decision is open, or before it ceased.", "PlacedAdoption",
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
        var ordered = InOrder(decisions, dated);
        for (var i = 1; i < ordered.Length; i++)
        {
            var previous = ordered[i - 1];
            var next = ordered[i];
            var placed = next.DatePlaced!.Value;
            if (previous.DatePlacedCeasedText is null)
                findings.Add(next, "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is made while the previous decision (of {previous.DatePlaced:dd/MM/yyyy}, row {previous.Number}) has not ceased.");
            else if (previous.DatePlacedCeased is { } ceased && placed < ceased)
                findings.Add(next, "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is before the previous decision (row {previous.Number}) ceased on {ceased:dd/MM/yyyy}.");
        }
    }

    /// <summary>The decisions with a valid DATE_PLACED, by that date then row.</summary>
    internal static PlacedForAdoptionRow[] InOrder(IReadOnlyList<PlacedForAdoptionRow> decisions, int dated)
    {
        var ordered = new PlacedForAdoptionRow[dated];
        var n = 0;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is not null) ordered[n++] = decisions[i];
        Array.Sort(ordered, static (a, b) =>
        {
            var byDate = a.DatePlaced!.Value.CompareTo(b.DatePlaced!.Value);
            return byDate != 0 ? byDate : a.Number.CompareTo(b.Number);
        });
        return ordered;
    }
}
