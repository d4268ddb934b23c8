namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT21 (data integrity): the SEX in the UASC table differs from the child's SEX in the Header table (as written; blanks are not checked).</summary>
public sealed class RuleINT21() : Ssda903Rule("INT21", "The sex (SEX) in the UASC table differs from the child's sex in the Header table.", "UASC", "SEX")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Uasc.Count == 0 || child.Header is not { Sex: { } sex }) return;
        foreach (var row in child.Uasc)
            if (row.Sex is { } other && other != sex)
                findings.Add(row, "SEX");
    }
}
