namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 561: a decision to place for adoption with the same date as one in last year's return is the same decision, so
/// last year's must not have ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED blank there). Runs only when last year's
/// return is held (the store keeps decision dates to the day).
/// </summary>
public sealed class Rule561() : Ssda903Rule("561", "This decision to place the child for adoption has the same date as one in last year's return that had ceased.", "PlacedAdoption", "DATE_PLACED")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0 || child.Previous is not { } previous) return;
        var before = previous.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlaced is not { } placed) continue;
            for (var j = 0; j < before.Count; j++)
                if (before[j].DatePlaced == placed && (before[j].DatePlacedCeasedText is not null || before[j].ReasonPlacedCeased is not null))
                {
                    findings.Add(decisions[i], "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is in last year's return ({child.Return.Previous!.Source}) as a decision that had ceased.");
                    break;
                }
        }
    }
}
