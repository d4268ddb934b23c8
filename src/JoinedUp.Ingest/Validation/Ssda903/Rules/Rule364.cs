namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 364: a child detained under the Police and Criminal Evidence Act 1984 in LA accommodation (legal status J2) is held only briefly; an unbroken spell of J2 episodes lasting more than 21 days is reported.
/// Spells as <see cref="LegalStatusSpells"/> defines them (an open episode runs to the end of the collection year).
/// </summary>
public sealed class Rule364() : Ssda903Rule("364", "The child was under PACE detention in LA accommodation (legal status J2) for longer than the 21 days allowed.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings) =>
        LegalStatusSpells.ReportLongerThan(child, findings, "J2", 21, "PACE detention in LA accommodation");
}
