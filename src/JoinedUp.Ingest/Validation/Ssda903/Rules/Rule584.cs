namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 584: when a decision to place for adoption in last year's return had ceased (DATE_PLACED_CEASED or
/// REASON_PLACED_CEASED given), this year's decisions must be new ones, dated after it; a blank date is reported too.
/// Runs only when last year's return is held (the store keeps decision dates to the day).
/// </summary>
public sealed class Rule584() : Ssda903Rule("584", "The decision in last year's return had ceased, so this year's decision to place the child for adoption (DATE_PLACED) must be dated after it.", "PlacedAdoption", "DATE_PLACED")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0 || child.Previous is not { } previous) return;
        var before = previous.PlacedForAdoption;
        DateOnly? latestCeased = null;
        for (var j = 0; j < before.Count; j++)
            if (before[j] is { DatePlaced: { } placed } row && (row.DatePlacedCeasedText is not null || row.ReasonPlacedCeased is not null) && (latestCeased is null || placed > latestCeased))
                latestCeased = placed;
        if (latestCeased is not { } ceased) return;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlacedText is null)
                findings.Add(decisions[i], "DATE_PLACED", $"Last year's return ({child.Return.Previous!.Source}) has a decision of {ceased:dd/MM/yyyy} that ceased, but this year's decision has no date.");
            else if (decisions[i].DatePlaced is { } placed && placed <= ceased)
                findings.Add(decisions[i], "DATE_PLACED", $"Last year's return ({child.Return.Previous!.Source}) has a decision of {ceased:dd/MM/yyyy} that ceased, but this year's decision is dated {placed:dd/MM/yyyy}, not after it.");
        }
    }
}
