using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 202: the child's sex (SEX) disagrees with the sex last year's return recorded for the child. Codes are compared by
/// meaning, since the list changed in 2024/25 (1 and M are male, 2 and F female) and the store keeps the meaning: a
/// child recorded as male last year and unknown (U or blank) now disagrees; one with no known sex last year is not checked.
/// </summary>
public sealed class Rule202() : Ssda903Rule("202", "The child's sex (SEX) disagrees with the sex recorded for the child in last year's return.", "Header", "SEX")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { } header) return;
        if (child.Previous?.Header is not { } before || ChildSex.Stored(before.Sex) is not { } was) return;
        var now = ChildSex.Stored(header.Sex);
        if (now != was)
            findings.Add(header, "SEX", $"The child's sex is {ChildSex.Words(now)} here but was {ChildSex.Words(was)} in {child.Return.Previous!.Source}.");
    }
}
