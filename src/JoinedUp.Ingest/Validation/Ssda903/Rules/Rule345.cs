namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 345: when the LA is in touch with the care leaver (IN_TOUCH YES), activity and accommodation are not 0.</summary>
public sealed class Rule345() : Ssda903Rule("345", "The LA is in touch with the young person, but activity or accommodation is 0.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is { InTouch: "YES" } row && (row.Activ == "0" || row.Accom == "0"))
                findings.Add(row, row.Activ == "0" ? "ACTIV" : "ACCOM");
    }
}
