namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 197a: a reason for no SDQ score (SDQ_REASON) is not given when the score (SDQ_SCORE) is.</summary>
public sealed class Rule197a() : Ssda903Rule("197a", "An SDQ score is given, so the reason for no SDQ score (SDQ_REASON) should be blank.", "OC2", "SDQ_SCORE", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { SdqScore: not null, SdqReason: not null } row)
                findings.Add(row, "SDQ_REASON");
    }
}
