namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 188: a child under 4 at 31 March (the end of the collection year) has neither an SDQ score nor a reason for none.</summary>
public sealed class Rule188() : Ssda903Rule("188", "The child is under 4 at 31 March, so the SDQ score and the reason for no score should both be blank.", "OC2", "DOB", "SDQ_SCORE", "SDQ_REASON")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { SdqScore: null, SdqReason: null } || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(4) > child.Return.CollectionEnd)
                findings.Add(row, row.SdqScore is not null ? "SDQ_SCORE" : "SDQ_REASON");
        }
    }
}
