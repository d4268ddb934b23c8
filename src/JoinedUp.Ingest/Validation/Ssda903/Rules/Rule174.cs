using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 174: a date of birth of the mother's child (MC_DOB) is given for a child whose sex is male (1 up to 2023/24, M from 2024/25).</summary>
public sealed class Rule174() : Ssda903Rule("174", "A date of birth of the mother's child (MC_DOB) is given, but the child's sex (SEX) is male.", "Header", "SEX", "MC_DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var male = ChildSex.Male(child.Return.Year);
        foreach (var header in child.Headers)
            if (header.McDobText is not null && header.Sex == male)
                findings.Add(header, "MC_DOB");
    }
}
