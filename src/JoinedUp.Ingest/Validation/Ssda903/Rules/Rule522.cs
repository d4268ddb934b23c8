namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 522: the decision that the child should be placed for adoption (DATE_PLACED) is on or before the decision that they should no longer be (DATE_PLACED_CEASED).</summary>
public sealed class Rule522() : Ssda903Rule("522", "The decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED) is before the decision that they should be (DATE_PLACED).", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i] is { DatePlaced: { } placed, DatePlacedCeased: { } ceased } && ceased < placed)
                findings.Add(decisions[i], "DATE_PLACED_CEASED", $"The decision that the child should no longer be placed for adoption ({ceased:dd/MM/yyyy}) is before the decision that they should be ({placed:dd/MM/yyyy}).");
    }
}
