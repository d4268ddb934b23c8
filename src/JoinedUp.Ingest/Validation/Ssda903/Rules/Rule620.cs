namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 620: the child is recorded as a mother (MOTHER 1) but was under 11 at the start of the collection year.</summary>
public sealed class Rule620() : Ssda903Rule("620", "The child is recorded as a mother (MOTHER is 1) but was under 11 at the start of the collection year.", "Header", "DOB", "MOTHER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var start = child.Return.CollectionStart;
        foreach (var header in child.Headers)
            if (header is { Mother: "1", Dob: { } dob } && dob.AddYears(11) > start)
                findings.Add(header, "MOTHER", $"The child is recorded as a mother but was under 11 on {start:dd/MM/yyyy}, when the collection year began.");
    }
}
