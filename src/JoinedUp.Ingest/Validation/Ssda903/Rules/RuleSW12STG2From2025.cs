namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW12STG2 from 2024/25: as before, over the longer social worker reporting period that begins a year before the collection year.</summary>
public sealed class RuleSW12STG2From2025() : Ssda903Rule("SW12STG2", "The child is looked after on 31 March but no social worker episode covers the start of this period of care.", "Episodes", "DECOM")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings) => RuleSW12STG2.Check(child, findings, child.Return.CollectionStart.AddYears(-1));
}
