namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 102: the child's date of birth (Header DOB) must be a valid date; a blank fails too.</summary>
public sealed class Rule102() : Ssda903Rule("102", "The child's date of birth (DOB) is blank or not a valid date.", "Header", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header.Dob is null)
                findings.Add(header, "DOB");
    }
}
