namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 301: the child's date of birth (DOB) is after the end of the collection year.</summary>
public sealed class Rule301() : Ssda903Rule("301", "The child's date of birth (DOB) is after the end of the collection year.", "Header", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var end = child.Return.CollectionEnd;
        foreach (var header in child.Headers)
            if (header.Dob is { } dob && dob > end)
                findings.Add(header, "DOB", $"The child's date of birth is after the collection year ended on {end:dd/MM/yyyy}.");
    }
}
