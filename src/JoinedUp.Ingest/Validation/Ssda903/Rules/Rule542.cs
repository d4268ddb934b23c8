namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 542: a child under 10 at 31 March (the end of the collection year) has no conviction information (CONVICTED blank).</summary>
public sealed class Rule542() : Ssda903Rule("542", "The child is under 10 at 31 March, so conviction information (CONVICTED) should be blank.", "OC2", "DOB", "CONVICTED")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Convicted is null || (row.Dob ?? child.Dob) is not { } dob) continue;
            if (dob.AddYears(10) > child.Return.CollectionEnd)
                findings.Add(row, "CONVICTED");
        }
    }
}
