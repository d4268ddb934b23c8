using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 103: the child's ethnicity (Header ETHNIC) must be one of the DfE's codes; a blank fails too.</summary>
public sealed class Rule103() : Ssda903Rule("103", "The child's ethnicity (ETHNIC) is blank or not one of the DfE's codes.", "Header", "ETHNIC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header.Ethnic is not { } ethnic || !Ssda903CodeLists.Ethnicity.Contains(ethnic))
                findings.Add(header, "ETHNIC");
    }
}
