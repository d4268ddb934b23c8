namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT32 (data integrity): a child may appear only once in the Header table; every row of a child with more than one is flagged.</summary>
public sealed class RuleINT32() : Ssda903Rule("INT32", "The child appears more than once in the Header table.", "Header", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var headers = child.Headers;
        if (headers.Count < 2) return;
        foreach (var header in headers)
            findings.Add(header, "CHILD", $"The child appears {headers.Count} times in the Header table.");
    }
}
