namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 628: a care leaver (care leaver information given) who was not looked after during the year (no episodes in the return) has no MOTHER.</summary>
public sealed class Rule628() : Ssda903Rule("628", "Mother status is not required for a care leaver who was not looked after during the year.", "Header", "MOTHER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count > 0 || child.Oc3.Count == 0) return;
        var careLeaver = false;
        for (var i = 0; i < child.Oc3.Count; i++) careLeaver |= CareLeaverRows.AnyGiven(child.Oc3[i]);
        if (!careLeaver) return;
        var headers = child.Headers;
        for (var i = 0; i < headers.Count; i++)
            if (headers[i].Mother is not null)
                findings.Add(headers[i], "MOTHER");
    }
}
