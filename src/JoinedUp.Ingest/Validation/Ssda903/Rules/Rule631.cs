using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 631: the previous permanence option (PREV_PERM), when given, is one of the DfE's codes (P1 to P4, Z1).</summary>
public sealed class Rule631() : Ssda903Rule("631", "The previous permanence option is not a valid code.", "PrevPerm", "PREV_PERM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].PrevPerm is { } code && !Ssda903CodeLists.PreviousPermanence.Contains(code))
                findings.Add(rows[i], "PREV_PERM");
    }
}
