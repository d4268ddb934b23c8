namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 203: the child's date of birth (DOB) disagrees with the one last year's return recorded. When last year's return
/// came from the store it holds dates of birth to the month only, so the month and year are compared, and the message
/// says so. Blank or invalid dates are rule 102's, not this one's.
/// </summary>
public sealed class Rule203() : Ssda903Rule("203", "The child's date of birth (DOB) disagrees with the one recorded for the child in last year's return.", "Header", "DOB")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Dob: { } dob } header) return;
        if (child.Previous?.Header is not { Dob: { } before }) return;
        var previous = child.Return.Previous!;
        if (previous.FromStore)
        {
            if (dob.Year != before.Year || dob.Month != before.Month)
                findings.Add(header, "DOB", $"The child's month of birth disagrees with the one in {previous.Source} (the store keeps the month of birth only, so the month was compared).");
        }
        else if (dob != before)
            findings.Add(header, "DOB", $"The child's date of birth disagrees with the one in {previous.Source}.");
    }
}
