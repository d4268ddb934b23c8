namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 626: the child is recorded as a mother (MOTHER 1) with a first child born before the collection year began, but
/// last year's return recorded her as not a mother (MOTHER 0). The store does not keep MOTHER or MC_DOB: when last year's
/// return came from the store this rule reports nothing; it runs when last year's return is uploaded as files together
/// with this year's.
/// </summary>
public sealed class Rule626() : Ssda903Rule("626", "The child is recorded as a mother whose first child was born before this collection year, but last year's return recorded her as not a mother.", "Header", "MOTHER", "MC_DOB")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Return.Previous is not { FromStore: false } previous) return;
        if (child.Header is not { Mother: "1", McDob: { } born } header) return;
        if (child.Previous?.Header is not { Mother: "0" }) return;
        if (born < child.Return.CollectionStart)
            findings.Add(header, "MOTHER", $"The child is recorded as a mother whose first child was born before {child.Return.CollectionStart:dd/MM/yyyy}, but {previous.Source} recorded her as not a mother.");
    }
}
