namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 184: the decision that the child should be placed for adoption (DATE_PLACED) cannot be before the child's date of birth (the Header's DOB).</summary>
public sealed class Rule184() : Ssda903Rule("184", "The decision that the child should be placed for adoption (DATE_PLACED) is before the child was born.", "PlacedAdoption", "DATE_PLACED", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0 || child.Dob is not { } born) return;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is { } placed && placed < born)
                findings.Add(decisions[i], "DATE_PLACED", $"The decision that the child should be placed for adoption ({placed:dd/MM/yyyy}) is before the child's date of birth in the Header table.");
    }
}
