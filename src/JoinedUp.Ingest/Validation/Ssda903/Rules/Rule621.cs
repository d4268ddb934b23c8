namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 621: the date of birth of the mother's child (MC_DOB) is on or before the mother's own date of birth (DOB). Blank or invalid dates are other rules'.</summary>
public sealed class Rule621() : Ssda903Rule("621", "The date of birth of the mother's child (MC_DOB) is not after the mother's own date of birth.", "Header", "DOB", "MC_DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header is { McDob: { } born, Dob: { } dob } && born <= dob)
                findings.Add(header, "MC_DOB");
    }
}
