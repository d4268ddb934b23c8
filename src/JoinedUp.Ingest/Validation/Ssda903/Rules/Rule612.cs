using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 612: a female child (2 up to 2023/24, F from 2024/25) has a date of birth of her child (MC_DOB) but is not recorded
/// as a mother (MOTHER 0 or blank). The public Python validator still looks for "2" in 2024/25 returns; JoinedUp follows
/// the year's code for female.
/// </summary>
public sealed class Rule612() : Ssda903Rule("612", "A date of birth of the mother's child (MC_DOB) is given but the child is not recorded as a mother (MOTHER is 0 or blank).", "Header", "SEX", "MOTHER", "MC_DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var female = ChildSex.Female(child.Return.Year);
        foreach (var header in child.Headers)
            if (header.McDobText is not null && header.Mother is null or "0" && header.Sex == female)
                findings.Add(header, "MOTHER");
    }
}
