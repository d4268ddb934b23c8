using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 131: whether the LA is in touch with the care leaver (IN_TOUCH), when given, is one of the DfE's codes. A blank is left to rule 153 (all three or none); the public
/// validator also flags a blank here, which would flag every care leaver rightly left blank (e.g. still looked after).
/// </summary>
public sealed class Rule131() : Ssda903Rule("131", "The care leaver's 'in touch' value is not a valid code.", "OC3", "IN_TOUCH")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].InTouch is { } code && !Ssda903CodeLists.Oc3InTouch.Contains(code))
                findings.Add(rows[i], "IN_TOUCH");
    }
}
