namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE EPI (a warning): a child in the Header has no episodes and no care leaver (OC3) row, so the checks that need the
/// child's episodes cannot be made.
/// </summary>
public sealed class RuleEPI() : Ssda903Rule("EPI", "The child has no episodes (and no care leaver row): load the child's episodes so that the checks that need them can be made.", "Header", "CHILD")
{
    public override bool IsQuery => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { } header || child.Episodes.Count > 0 || child.Oc3.Count > 0) return;
        findings.Add(header, "CHILD");
    }
}
