namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 153: the care leaver's IN_TOUCH, ACTIV and ACCOM are all given or all left blank; reported on the first blank one.</summary>
public sealed class Rule153() : Ssda903Rule("153", "The care leaver information is partly given: IN_TOUCH, ACTIV and ACCOM must all be given or all be blank.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var given = (row.InTouch is null ? 0 : 1) + (row.Activ is null ? 0 : 1) + (row.Accom is null ? 0 : 1);
            if (given is 1 or 2)
                findings.Add(row, row.InTouch is null ? "IN_TOUCH" : row.Activ is null ? "ACTIV" : "ACCOM");
        }
    }
}
