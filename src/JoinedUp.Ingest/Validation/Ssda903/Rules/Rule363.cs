namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 363: a child assessment order (legal status L3) lasts at most 7 days (Children Act 1989, section 43); an unbroken spell of L3 episodes lasting more than 7 days is reported.
/// Spells as <see cref="LegalStatusSpells"/> defines them (an open episode runs to the end of the collection year).
/// </summary>
public sealed class Rule363() : Ssda903Rule("363", "The child was under a child assessment order (legal status L3) for longer than the 7 days allowed.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings) =>
        LegalStatusSpells.ReportLongerThan(child, findings, "L3", 7, "a child assessment order");
}
