using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 196: the reason for no strengths and difficulties questionnaire score (SDQ_REASON), when given, is one of SDQ1 to SDQ5.</summary>
public sealed class Rule196() : Ssda903Rule("196", "The reason for no SDQ score (SDQ_REASON) is not one of the codes SDQ1 to SDQ5.", "OC2", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.SdqReason is { } reason && !Ssda903CodeLists.SdqReason.Contains(reason))
                findings.Add(row, "SDQ_REASON");
        }
    }
}
