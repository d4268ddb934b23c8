namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 207: a child recorded as a mother (MOTHER 1) in last year's return, and looked after this year (an episode in this
/// return), must still be recorded as a mother. Compared with the previous return however it is held: the store keeps
/// MOTHER as written.
/// </summary>
public sealed class Rule207() : Ssda903Rule("207", "The child was recorded as a mother last year but not this year.", "Header", "MOTHER")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { } header || child.Episodes.Count == 0) return;
        if (child.Previous?.Header is not { Mother: "1" } || header.Mother == "1") return;
        findings.Add(header, "MOTHER", $"MOTHER is {(header.Mother is null ? "blank" : header.Mother)} but {child.Return.Previous!.Source} recorded the child as a mother (1).");
    }
}
