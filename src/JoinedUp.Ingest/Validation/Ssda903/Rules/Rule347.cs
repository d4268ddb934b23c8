namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 347 (from 2023/24): a care leaver under 18 on 1 April (the start of the collection year) cannot be living in a
/// foyer (ACCOM T1 or T2). The public validator compares ACCOM with "T" alone, which no valid code is; the DfE's
/// foyer codes are T1 and T2, which are checked here.
/// </summary>
public sealed class Rule347() : Ssda903Rule("347", "A care leaver under 18 cannot be accommodated in a foyer.", "OC3", "ACCOM", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        var start = child.Return.CollectionStart;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Accom is not ("T1" or "T2") || CareLeaverRows.Dob(child, row) is not { } dob) continue;
            if (Ssda903Return.AgeOn(dob, start) < 18)
                findings.Add(row, "ACCOM", $"The accommodation is a foyer ({row.Accom}) but the young person was under 18 on {start:dd/MM/yyyy}.");
        }
    }
}
