namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 3001: a young person whose 17th birthday falls in the collection year cannot be recorded as living with former foster carers (ACCOM Z1 or Z2).</summary>
public sealed class Rule3001() : Ssda903Rule("3001", "A young person who turned 17 this year cannot be recorded as living with former foster carers.", "OC3", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Accom is not ("Z1" or "Z2") || (child.Dob ?? row.Dob) is not { } dob) continue;
            var seventeen = dob.AddYears(17);
            if (seventeen >= child.Return.CollectionStart && seventeen <= child.Return.CollectionEnd)
                findings.Add(row, "ACCOM", $"The accommodation is with former foster carers ({row.Accom}) but the young person turned 17 on {seventeen:dd/MM/yyyy}, during the year.");
        }
    }
}
