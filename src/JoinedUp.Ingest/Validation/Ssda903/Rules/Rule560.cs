using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 560: a decision to place for adoption that was still open in last year's return (DATE_PLACED given,
/// DATE_PLACED_CEASED blank) carries on into this year with the same date. When none of this year's decisions has that
/// date, each of them is reported. Runs only when last year's return is held (the store keeps decision dates to the day).
/// </summary>
public sealed class Rule560() : Ssda903Rule("560", "The date of the decision to place the child for adoption differs from the open decision in last year's return, though that decision did not cease.", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0 || child.Previous is not { } previous) return;
        var before = previous.PlacedForAdoption;
        for (var j = 0; j < before.Count; j++)
        {
            if (before[j] is not { DatePlaced: { } open, DatePlacedCeasedText: null, ReasonPlacedCeased: null } || Carried(decisions, open)) continue;
            for (var i = 0; i < decisions.Count; i++)
                findings.Add(decisions[i], "DATE_PLACED", $"Last year's return ({child.Return.Previous!.Source}) has an open decision of {open:dd/MM/yyyy} to place the child for adoption, but this year's decision is {Shown(decisions[i])}.");
            return;
        }
    }

    private static bool Carried(RowList<PlacedForAdoptionRow> decisions, DateOnly open)
    {
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced == open) return true;
        return false;
    }

    private static string Shown(PlacedForAdoptionRow row) => row.DatePlaced is { } date ? $"dated {date:dd/MM/yyyy}" : "undated";
}
