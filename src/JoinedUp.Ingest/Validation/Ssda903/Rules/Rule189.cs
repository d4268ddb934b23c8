namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 189: a child who was already 17 before the collection year began (17th birthday before 1 April) has neither an
/// SDQ score nor a reason for none. A 17th birthday on 1 April itself is not caught (the DfE's "more than 17 years before").
/// </summary>
public sealed class Rule189() : Ssda903Rule("189", "The child was 17 or over when the year began, so the SDQ score and the reason for no score should both be blank.", "OC2", "DOB", "SDQ_SCORE", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { SdqScore: null, SdqReason: null } || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(17) < child.Return.CollectionStart)
                findings.Add(row, row.SdqScore is not null ? "SDQ_SCORE" : "SDQ_REASON");
        }
    }
}
