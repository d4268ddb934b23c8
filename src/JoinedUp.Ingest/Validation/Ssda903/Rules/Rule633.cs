using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 633: the LA where the previous permanence order was made (LA_PERM), when given, is an LA code on the DfE's list (or the code for outside England).</summary>
public sealed class Rule633() : Ssda903Rule("633", "The code of the LA where the previous permanence order was made is not a valid LA code.", "PrevPerm", "LA_PERM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].LaPerm is { } code && !PermanenceOrderLocalAuthorities.Codes.Contains(code))
                findings.Add(rows[i], "LA_PERM");
    }
}
