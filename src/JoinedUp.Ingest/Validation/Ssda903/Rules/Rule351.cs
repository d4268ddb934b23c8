namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 351: the child was over 25 at the start of the collection year (more than 25 years old on 1 April).</summary>
public sealed class Rule351() : Ssda903Rule("351", "The child was over 25 at the start of the collection year.", "Header", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var start = child.Return.CollectionStart;
        foreach (var header in child.Headers)
            if (header.Dob is { } dob && dob.AddYears(25) < start)
                findings.Add(header, "DOB", $"The child was over 25 on {start:dd/MM/yyyy}, when the collection year began.");
    }
}
