namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 362: an emergency protection order (legal status L2) is reported when an unbroken spell of L2 episodes lasts more than 21 days (the DfE's limit for this check).
/// Spells as <see cref="LegalStatusSpells"/> defines them (an open episode runs to the end of the collection year).
/// </summary>
public sealed class Rule362() : Ssda903Rule("362", "The child was under an emergency protection order (legal status L2) for longer than the 21 days allowed.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings) =>
        LegalStatusSpells.ReportLongerThan(child, findings, "L2", 21, "an emergency protection order");
}
