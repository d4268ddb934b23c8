namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 555 (until 2023/24; the DfE deleted it for 2024/25): as rule 553, for a freeing order (LS D1): a child under one
/// needs a dated decision that they should be placed for adoption, and while the D1 episode is open the latest decision
/// cannot have ceased.
/// </summary>
public sealed class Rule555() : Ssda903Rule("555", "A freeing order was granted (LS D1) but there is no current decision that the child should be placed for adoption.", "Episodes",
    "LS", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings) => Rule553.CheckOrder(child, findings, "D1", "a freeing order");
}
