namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 559: a decision to place for adoption made before this collection year (DATE_PLACED before 1 April) should have
/// been in last year's return: the child's PlacedAdoption rows there must hold a DATE_PLACED. Runs only when last year's
/// return is held; a child not in it at all is reported too. The store keeps decision dates to the day, so a previous
/// return from the store is compared in full.
/// </summary>
public sealed class Rule559() : Ssda903Rule("559", "The decision to place the child for adoption was made before this collection year, but last year's return has no date of a decision for the child.", "PlacedAdoption", "DATE_PLACED")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        var start = child.Return.CollectionStart;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlaced is not { } placed || placed >= start) continue;
            if (HadDecision(child.Previous)) return;
            findings.Add(decisions[i], "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} was made before this collection year, but last year's return ({child.Return.Previous!.Source}) has no date of a decision to place the child for adoption.");
        }
    }

    private static bool HadDecision(ChildReturn? previous)
    {
        if (previous is null) return false;
        var decisions = previous.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is not null) return true;
        return false;
    }
}
