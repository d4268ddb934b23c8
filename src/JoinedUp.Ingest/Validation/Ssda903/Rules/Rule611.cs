namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 611: the child is recorded as a mother (MOTHER 1) but the date of birth of her child (MC_DOB) is blank.</summary>
public sealed class Rule611() : Ssda903Rule("611", "The child is recorded as a mother (MOTHER is 1) but the date of birth of her child (MC_DOB) is blank.", "Header", "MOTHER", "MC_DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header is { Mother: "1", McDobText: null })
                findings.Add(header, "MC_DOB");
    }
}
