namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 391: care leaver information is given only for a young person aged 17 or over on 31 March (the OC3 row's date of birth, else the Header's).</summary>
public sealed class Rule391() : Ssda903Rule("391", "Care leaver information is given for a young person under 17 at the end of the collection year.", "OC3", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!CareLeaverRows.AnyGiven(row) || CareLeaverRows.Dob(child, row) is not { } dob) continue;
            if (Ssda903Return.AgeOn(dob, end) < 17)
                findings.Add(row, CareLeaverRows.FirstGiven(row));
        }
    }
}
