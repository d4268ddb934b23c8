namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 104: the date UASC status ceased (UASC DUC) must be a valid date, and not before the start of the collection year.
/// A blank DUC is not this rule's failure.
/// </summary>
public sealed class Rule104() : Ssda903Rule("104", "The date UASC status ceased (DUC) is not a valid date, or is before the collection year began.", "UASC", "DUC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var uasc = child.Uasc;
        if (uasc.Count == 0) return;
        var start = child.Return.CollectionStart;
        foreach (var row in uasc)
        {
            if (row.DucText is null) continue;
            if (row.Duc is not { } ceased)
                findings.Add(row, "DUC", "The date UASC status ceased (DUC) is not a valid date (dd/mm/yyyy).");
            else if (ceased < start)
                findings.Add(row, "DUC", $"UASC status ceased on {ceased:dd/MM/yyyy}, before the collection year began on {start:dd/MM/yyyy}.");
        }
    }
}
