using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 133: the care leaver's accommodation (ACCOM), when given, is one of the DfE's codes. A blank is left to rule 153 (all three or none); the public
/// validator also flags a blank here, which would flag every care leaver rightly left blank (e.g. still looked after).
/// </summary>
public sealed class Rule133() : Ssda903Rule("133", "The care leaver's accommodation is not a valid code.", "OC3", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Accom is { } code && !Ssda903CodeLists.Oc3Accommodation.Contains(code))
                findings.Add(rows[i], "ACCOM");
    }
}
