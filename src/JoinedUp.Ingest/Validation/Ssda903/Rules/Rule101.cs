using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 101: the child's sex (Header SEX) must be a code of the return's year: 1 or 2 up to 2023/24, M, F or U from
/// 2024/25 (<see cref="ChildSex"/>); a blank fails too. The field check accepts every year's codes so that the return
/// loads; this rule reports a code of the wrong year.
/// </summary>
public sealed class Rule101() : Ssda903Rule("101", "The child's sex (SEX) is blank or not a code of this collection year (1 or 2 up to 2023/24; M, F or U from 2024/25).", "Header", "SEX")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var year = child.Return.Year;
        foreach (var header in child.Headers)
            if (!ChildSex.IsValid(header.Sex, year))
                findings.Add(header, "SEX", year >= ChildSex.LettersFrom
                    ? $"The child's sex (SEX) is blank or not M, F or U, the codes from 2024/25 on ({CollectionYears.Name(year)} return)."
                    : $"The child's sex (SEX) is blank or not 1 or 2, the codes up to 2023/24 ({CollectionYears.Name(year)} return).");
    }
}
