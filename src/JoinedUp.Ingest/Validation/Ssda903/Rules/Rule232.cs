namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 232 (from 2024/25, when U joined the codes for SEX): the child's sex is recorded as unknown (U).</summary>
public sealed class Rule232() : Ssda903Rule("232", "The child's sex (SEX) is recorded as unknown (U).", "Header", "SEX")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header.Sex is "U" or "u")
                findings.Add(header, "SEX");
    }
}
