using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 579: a child's decisions to place for adoption do not overlap. Taken in order of their dates (DATE_PLACED, then
/// row; rows without a valid date are left out), a decision cannot be made while the one before it is still open (no
/// DATE_PLACED_CEASED), nor before the one before it ceased. The later decision's row is reported.
/// </summary>
public sealed class Rule579() : Ssda903Rule("579", "A new decision to place the child for adoption (DATE_PLACED) is made while the previous decision is open, or before it ceased.", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count < 2) return;
        for (var i = 0; i < decisions.Count; i++)
        {
            var next = decisions[i];
            if (next.DatePlaced is not { } placed || Before(decisions, next) is not { } previous) continue;
            if (previous.DatePlacedCeasedText is null)
                findings.Add(next, "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is made while the previous decision (of {previous.DatePlaced:dd/MM/yyyy}, row {previous.Number}) has not ceased.");
            else if (previous.DatePlacedCeased is { } ceased && placed < ceased)
                findings.Add(next, "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is before the previous decision (row {previous.Number}) ceased on {ceased:dd/MM/yyyy}.");
        }
    }

    /// <summary>The decision just before <paramref name="row"/> by date then row (a child has few decisions: no sorting, no allocation).</summary>
    private static PlacedForAdoptionRow? Before(RowList<PlacedForAdoptionRow> decisions, PlacedForAdoptionRow row)
    {
        PlacedForAdoptionRow? before = null;
        for (var i = 0; i < decisions.Count; i++)
        {
            var other = decisions[i];
            if (other.DatePlaced is null || !Earlier(other, row)) continue;
            if (before is null || Earlier(before, other)) before = other;
        }
        return before;
    }

    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/> by DATE_PLACED then row (both dated).</summary>
    internal static bool Earlier(PlacedForAdoptionRow a, PlacedForAdoptionRow b)
    {
        var byDate = a.DatePlaced!.Value.CompareTo(b.DatePlaced!.Value);
        return byDate != 0 ? byDate < 0 : a.Number < b.Number;
    }
}
