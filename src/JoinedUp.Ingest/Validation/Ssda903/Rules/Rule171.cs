namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 171: the date of birth of the mother's child (Header MC_DOB), when given, must be a valid date.</summary>
public sealed class Rule171() : Ssda903Rule("171", "The date of birth of the mother's child (MC_DOB) is not a valid date.", "Header", "MC_DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header.McDobText is not null && header.McDob is null)
                findings.Add(header, "MC_DOB");
    }
}
