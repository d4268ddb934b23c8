namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 361: police protection (legal status L1) lasts at most 72 hours (Children Act 1989, section 46); an unbroken spell of L1 episodes lasting more than 3 days is reported, each of its episodes.
/// Spells as <see cref="LegalStatusSpells"/> defines them (an open episode runs to the end of the collection year).
/// </summary>
public sealed class Rule361() : Ssda903Rule("361", "The child was under police protection (legal status L1) for longer than the 3 days allowed.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings) =>
        LegalStatusSpells.ReportLongerThan(child, findings, "L1", 3, "police protection");
}
